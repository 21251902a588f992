import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Every reference key ever seeded: a seeded row the coordinator removed is not brought back. */
export const seedLog = sqliteTable('seed_log', {
  refKey: text().primaryKey(),
  seededAt: text().notNull(),
});

export const settings = sqliteTable('settings', {
  key: text().primaryKey(),
  value: text({ mode: 'json' }).$type<unknown>().notNull(),
  updatedAt: text().notNull(),
});

/** Who changed what and when. Field values of confidential text are never copied here. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: text().notNull(),
    actor: text().notNull(),
    entity: text().notNull(),
    entityId: text().notNull(),
    action: text().notNull(),
    changes: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId), index('audit_log_at_idx').on(t.at)],
);

/** A merge of two organisations, with what it moved, so it can be undone. */
export const merges = sqliteTable(
  'merges',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    entity: text().notNull().default('organisation'),
    survivorId: integer().notNull(),
    mergedId: integer().notNull(),
    at: text().notNull(),
    actor: text().notNull(),
    /** The moved row ids and the merged record's fields before the merge. */
    snapshot: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    undoneAt: text(),
  },
  (t) => [index('merges_survivor_idx').on(t.survivorId), index('merges_merged_idx').on(t.mergedId)],
);

/**
 * The erasure journal (GDPR): which contacts were erased. Kept outside the erased rows so that a
 * restore from an older backup can erase them again.
 */
export const erasures = sqliteTable('erasures', {
  id: integer().primaryKey({ autoIncrement: true }),
  entity: text().notNull().default('contact'),
  entityId: integer().notNull(),
  at: text().notNull(),
  actor: text().notNull(),
  reason: text().notNull().default(''),
});

/** Named table states (filters, sort, columns) the coordinator saved. */
export const savedViews = sqliteTable(
  'saved_views',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    tableKey: text().notNull(),
    name: text().notNull(),
    state: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    createdAt: text().notNull(),
    updatedAt: text().notNull(),
  },
  (t) => [uniqueIndex('saved_views_table_name_uq').on(t.tableKey, t.name)],
);
