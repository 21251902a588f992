import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const importPolicies = ['fill-empty', 'overwrite', 'skip'] as const;
export const importRowActions = ['created', 'updated', 'skipped'] as const;

/** A saved column mapping, recognised again by the normalised set of headers it was made for. */
export const importProfiles = sqliteTable(
  'import_profiles',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    name: text().notNull(),
    /** sha256 of the normalised, sorted header names: order, case, diacritics and spacing do not count. */
    headerSignature: text().notNull(),
    /** Normalised header -> target. */
    mapping: text({ mode: 'json' }).$type<Record<string, string>>().notNull(),
    createdAt: text().notNull(),
    updatedAt: text().notNull(),
    lastUsedAt: text(),
  },
  (t) => [uniqueIndex('import_profiles_name_uq').on(t.name), index('import_profiles_signature_idx').on(t.headerSignature)],
);

/** One committed import of one file: what it did, so it can be shown and undone. */
export const importBatches = sqliteTable(
  'import_batches',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    fileName: text().notNull(),
    fileSha256: text().notNull(),
    sheet: text().notNull().default(''),
    rowCount: integer().notNull(),
    createdCount: integer().notNull().default(0),
    updatedCount: integer().notNull().default(0),
    skippedCount: integer().notNull().default(0),
    policy: text({ enum: importPolicies }).notNull(),
    profileId: integer().references(() => importProfiles.id, { onDelete: 'set null' }),
    committedAt: text().notNull(),
    actor: text().notNull(),
    undoneAt: text(),
    /** The matchmaking event the rows were registered for, when the import targeted one (events.id). */
    eventId: integer(),
  },
  (t) => [index('import_batches_sha_idx').on(t.fileSha256), index('import_batches_committed_idx').on(t.committedAt)],
);

/**
 * Provenance: every record a batch created, updated or left alone, with its source row. `before`
 * holds the previous values of the fields the batch changed and `after` the values it wrote, so
 * undo restores only fields nobody edited since.
 */
export const importRows = sqliteTable(
  'import_rows',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    batchId: integer()
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    /** 1-based row number in the sheet. */
    sourceRow: integer().notNull(),
    entity: text().notNull(),
    /** Null for a row that was skipped as a whole (invalid or excluded). */
    entityId: integer(),
    action: text({ enum: importRowActions }).notNull(),
    before: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    after: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    note: text().notNull().default(''),
  },
  (t) => [index('import_rows_batch_idx').on(t.batchId, t.sourceRow), index('import_rows_entity_idx').on(t.entity, t.entityId)],
);
