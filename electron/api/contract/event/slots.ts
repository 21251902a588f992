import type { FieldIssue } from '../errors';
import type { Slot } from './setup';

/** Pure slot arithmetic, in the contract so the event form can preview the slots as it is typed. */

/** What the slot layout depends on; the events row and its sessions satisfy it. */
export type SlotLayout = { slotMinutes: number; changeoverMinutes: number };
export type SlotSession = { start: string; end: string; breaks: { start: string; end: string }[] };

export function toMinutes(clock: string): number {
  const [h = '0', m = '0'] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

export function toClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function sessionOrder<S extends SlotSession>(sessions: readonly S[]): S[] {
  return [...sessions].sort((a, b) => toMinutes(a.start) - toMinutes(b.start));
}

/**
 * The event's slots: in each session (by start time) back to back, `slotMinutes` long with
 * `changeoverMinutes` between them; a slot that would overlap a break starts after the break.
 * `session` is the 0-based index of the session in start-time order. Pure, shared with event day.
 */
export function deriveSlots(event: SlotLayout, sessions: readonly SlotSession[]): Slot[] {
  const slots: Slot[] = [];
  sessionOrder(sessions).forEach((session, sessionIndex) => {
    const end = toMinutes(session.end);
    const breaks = session.breaks.map((b) => ({ start: toMinutes(b.start), end: toMinutes(b.end) }));
    let t = toMinutes(session.start);
    while (t + event.slotMinutes <= end) {
      const slotEnd = t + event.slotMinutes;
      const clash = breaks.find((b) => b.start < slotEnd && b.end > t);
      if (clash) {
        t = clash.end;
        continue;
      }
      slots.push({ index: slots.length, start: toClock(t), end: toClock(slotEnd), session: sessionIndex });
      t = slotEnd + event.changeoverMinutes;
    }
  });
  return slots;
}

/**
 * Field problems of a layout, in Dutch, with paths such as `sessions.1.end`: end before start,
 * overlapping sessions, breaks outside their session, a session too short for one slot.
 */
export function layoutIssues(event: SlotLayout, sessions: readonly SlotSession[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  sessions.forEach((s, i) => {
    const start = toMinutes(s.start);
    const end = toMinutes(s.end);
    if (end <= start) {
      issues.push({ path: `sessions.${i}.end`, message: `Sessie ${i + 1}: het einde ligt niet na het begin.` });
      return;
    }
    s.breaks.forEach((b, j) => {
      const bs = toMinutes(b.start);
      const be = toMinutes(b.end);
      if (be <= bs)
        issues.push({
          path: `sessions.${i}.breaks.${j}`,
          message: `Sessie ${i + 1}: pauze ${j + 1} eindigt niet na haar begin.`,
        });
      else if (bs < start || be > end)
        issues.push({ path: `sessions.${i}.breaks.${j}`, message: `Sessie ${i + 1}: pauze ${j + 1} valt buiten de sessie.` });
    });
    if (deriveSlots(event, [s]).length === 0) {
      issues.push({
        path: `sessions.${i}.end`,
        message: `Sessie ${i + 1} (${s.start}–${s.end}) is te kort voor één gesprek van ${event.slotMinutes} minuten.`,
      });
    }
  });
  const ordered = sessions
    .map((s, i) => ({ i, start: toMinutes(s.start), end: toMinutes(s.end) }))
    .sort((a, b) => a.start - b.start);
  for (let k = 1; k < ordered.length; k += 1) {
    const prev = ordered[k - 1];
    const cur = ordered[k];
    if (prev && cur && cur.start < prev.end) {
      issues.push({ path: `sessions.${cur.i}.start`, message: `Sessie ${cur.i + 1} overlapt met sessie ${prev.i + 1}.` });
    }
  }
  return issues;
}

/** Slots that lie entirely inside one of the windows; null windows = every slot. */
export function slotsInWindows(slots: readonly Slot[], windows: readonly { start: string; end: string }[] | null): Set<number> {
  if (windows === null) return new Set(slots.map((s) => s.index));
  const ranges = windows.map((w) => ({ start: toMinutes(w.start), end: toMinutes(w.end) }));
  return new Set(
    slots.filter((s) => ranges.some((r) => r.start <= toMinutes(s.start) && toMinutes(s.end) <= r.end)).map((s) => s.index),
  );
}
