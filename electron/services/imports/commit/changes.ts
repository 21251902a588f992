import { normalizeKey } from '../text';
import type { Change, ImportPolicy } from './types';

export const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === '';

/**
 * The fields an import changes on an existing record: `fill-empty` only fills what is empty,
 * `overwrite` replaces what differs, `skip` leaves the record alone. An empty cell never erases.
 */
export function fieldChanges(
  current: Record<string, unknown>,
  incoming: Record<string, unknown>,
  keys: readonly string[],
  policy: ImportPolicy,
): Record<string, Change> {
  const changes: Record<string, Change> = {};
  if (policy === 'skip') return changes;
  for (const key of keys) {
    const to = incoming[key];
    const from = current[key] ?? null;
    if (isEmpty(to)) continue;
    if (policy === 'fill-empty' ? isEmpty(from) : from !== to) changes[key] = { from, to };
  }
  return changes;
}

/** Ids to add to a linked list (federations, themes): never removes what the coordinator linked. */
export function addedIds(current: number[], incoming: number[], policy: ImportPolicy): number[] {
  if (policy === 'skip') return [];
  if (policy === 'fill-empty' && current.length > 0) return [];
  return [...new Set(incoming)].filter((id) => !current.includes(id)).sort((a, b) => a - b);
}

/** A need's title when the form had none: the first sentence of the question, at most 80 characters. */
export function titleFromQuestion(question: string): string {
  const first = question.split(/(?<=[.?!])\s|\n/)[0]?.trim() ?? '';
  const text = first || question.trim();
  return text.length <= 80 ? text : `${text.slice(0, 77).trimEnd()}…`;
}

export const textKey = (text: string): string => normalizeKey(text);

/** The calendar date in Brussels (consent dates are calendar dates, YYYY-MM-DD); one shared formatter. */
export { brusselsDate } from '../../time';

/**
 * `diffChanges(null, values)` (audit.ts) for a record an import creates, without its two
 * JSON.stringify calls per field (20,000 records of ~12 fields): from null, a field is a change
 * unless it is empty (null/undefined, or a number JSON writes as null). Same keys, same order.
 */
export function createdChanges(values: Record<string, unknown>): Record<string, { from: null; to: unknown }> {
  const changes: Record<string, { from: null; to: unknown }> = {};
  for (const key of Object.keys(values)) {
    if (key === 'updatedAt' || key === 'createdAt') continue;
    const to = values[key] ?? null;
    if (to === null || (typeof to === 'number' && !Number.isFinite(to))) continue;
    changes[key] = { from: null, to };
  }
  return changes;
}
