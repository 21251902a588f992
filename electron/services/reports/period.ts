import { AppError } from '../errors';
import { brusselsDate } from '../time';

/** A report period: calendar dates in Brussels, both ends included. */
export type Period = { from: string; to: string };

/** The instants (ISO UTC) that bound a period: from <= instant < to. */
export type InstantBounds = { fromIso: string; toIso: string };

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The UTC instant at which the Brussels calendar day `date` begins (+01:00 in winter, +02:00 in summer). */
export function brusselsMidnight(date: string): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  for (const hours of [1, 2]) {
    const candidate = new Date(utcMidnight - hours * 3_600_000);
    if (brusselsDate(candidate) === date && brusselsDate(new Date(candidate.getTime() - 1)) !== date) return candidate;
  }
  return new Date(utcMidnight - 3_600_000);
}

export function instantBounds(period: Period): InstantBounds {
  return { fromIso: brusselsMidnight(period.from).toISOString(), toIso: brusselsMidnight(nextDay(period.to)).toISOString() };
}

/** A period that ends before it starts is a field error on `to`; nothing is built. */
export function checkPeriod(period: Period): void {
  if (period.to < period.from) {
    throw new AppError('VALIDATION', 'De periode eindigt vóór ze begint.', {
      issues: [{ path: 'to', message: 'Kies een einddatum op of na de begindatum.' }],
    });
  }
}

// Brussels offsets are whole hours and change on the hour, so every instant of one UTC hour falls
// on the same Brussels day: cache per hour (Intl formatting per row dominated big reports).
const dayOfHour = new Map<string, string>();
const utcInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The Brussels calendar date of an ISO instant, or null. */
export function dayOf(instant: string | null): string | null {
  if (!instant) return null;
  if (!utcInstant.test(instant)) return brusselsDate(new Date(instant));
  const hour = instant.slice(0, 13);
  let day = dayOfHour.get(hour);
  if (day === undefined) {
    if (dayOfHour.size > 100_000) dayOfHour.clear();
    day = brusselsDate(new Date(`${hour}:00:00Z`));
    dayOfHour.set(hour, day);
  }
  return day;
}

/** Whole days from one calendar date to another. */
export function daysFrom(from: string, to: string): number {
  return Math.round((epochMs(to) - epochMs(from)) / 86_400_000);
}

const epochOfDay = new Map<string, number>();

/** A calendar day's UTC midnight; a report has a few thousand distinct days over a million cells. */
function epochMs(day: string): number {
  let ms = epochOfDay.get(day);
  if (ms === undefined) {
    if (epochOfDay.size > 100_000) epochOfDay.clear();
    ms = Date.parse(`${day}T00:00:00Z`);
    epochOfDay.set(day, ms);
  }
  return ms;
}

/** Excel's QUARTILE / QUARTILE.INC (and LibreOffice's): linear interpolation between closest ranks. */
export function quartileInc(values: readonly number[], quart: 1 | 2 | 3): number {
  return quartileOfSorted(Float64Array.from(values).sort(), quart);
}

/** QUARTILE.INC over values already in ascending order (sort once, read three quartiles). */
export function quartileOfSorted(sorted: ArrayLike<number>, quart: 1 | 2 | 3): number {
  if (sorted.length === 0) return 0;
  const pos = ((sorted.length - 1) * quart) / 4;
  const lo = Math.floor(pos);
  const low = sorted[lo] ?? 0;
  const high = sorted[Math.min(lo + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (pos - lo);
}
