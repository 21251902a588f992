import type { sql } from 'drizzle-orm';
import type { AppContext } from '../context';
import type { Lookup } from './vlaio-lookups';

type Db = ReturnType<AppContext['db']>;

/** Rows per chunk of a big data sheet: each chunk is one short query, so no cursor stays open while the writer waits. */
export const chunkSize = 5000;

/** Keyset paging: `page(last)` returns the rows after `last` (in the sheet's order), at most `size`. */
export function* chunked<R>(page: (last: R | null) => R[], size: number = chunkSize): Generator<R[]> {
  let last: R | null = null;
  for (;;) {
    const rows = page(last);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    last = rows[rows.length - 1] ?? null;
  }
}

/**
 * Rows as objects built in JS from better-sqlite3's raw arrays: `keys` name the SELECT's columns
 * in order. Over 200k rows this is ~30% cheaper than letting the driver build each object.
 */
export function objects<R>(db: Db, keys: readonly (keyof R & string)[], query: ReturnType<typeof sql>): R[] {
  const arrays = db.values<unknown[]>(query);
  const rows: R[] = new Array<R>(arrays.length);
  for (let r = 0; r < arrays.length; r += 1) {
    const values = arrays[r] as unknown[];
    const row: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i += 1) row[keys[i] as string] = values[i];
    rows[r] = row as R;
  }
  return rows;
}

/** Fills a text column of each row from a lookup (themes, federations, first intake) by a key column. */
export function fill<R>(
  rows: R[],
  lookup: Lookup,
  key: (row: R) => number | null,
  set: (row: R, value: string | null) => void,
): R[] {
  for (const row of rows) {
    const id = key(row);
    set(row, id === null ? null : (lookup.get(id) ?? null));
  }
  return rows;
}
