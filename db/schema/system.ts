import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

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
