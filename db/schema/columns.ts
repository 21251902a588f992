import { integer, text } from 'drizzle-orm/sqlite-core';

/** ISO-8601 UTC instants are stored as text: sortable, readable in any SQLite tool. */
export const timestamps = {
  createdAt: text().notNull(),
  updatedAt: text().notNull(),
};

export const activeFlag = {
  active: integer({ mode: 'boolean' }).notNull().default(true),
};

/** Fields the public sources only guessed, to be checked by the coordinator (JSON array of field names). */
export const verifyFields = {
  verifyFields: text({ mode: 'json' }).$type<string[]>().notNull().default([]),
};
