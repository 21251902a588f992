import { sql, type SQL, type AnyColumn } from 'drizzle-orm';

/** Escapes LIKE wildcards so a typed `%` or `_` matches itself. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `column LIKE %text%` (case-insensitive for ASCII, as SQLite's LIKE is), with escaping. */
export function contains(column: AnyColumn | SQL, text: string): SQL {
  return sql`${column} LIKE ${likePattern(text)} ESCAPE '\\'`;
}
