import type { SortingState } from '@tanstack/react-table';

/*
 * A saved view's state comes back from the database as plain JSON, possibly saved by an older
 * version of a page: these readers take what still fits and fall back for the rest.
 */

export function stringFrom(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

export function sortingFrom(value: unknown, fallback: SortingState): SortingState {
  if (!Array.isArray(value)) return fallback;
  const sorting: SortingState = [];
  for (const item of value as unknown[]) {
    if (item && typeof item === 'object' && 'id' in item && 'desc' in item) {
      const { id, desc } = item;
      if (typeof id === 'string' && typeof desc === 'boolean') sorting.push({ id, desc });
    }
  }
  return sorting.length > 0 ? sorting : fallback;
}

/** Every key of `defaults` from `value` when it is a string there; other keys are ignored. */
export function stringsFrom<T extends Record<string, string>>(value: unknown, defaults: T): T {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ...defaults };
  const source = value as Record<string, unknown>;
  const result: Record<string, string> = { ...defaults };
  for (const key of Object.keys(defaults)) result[key] = stringFrom(source[key], defaults[key] ?? '');
  return result as T;
}
