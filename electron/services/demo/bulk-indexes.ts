import type { Sqlite } from '../../../db/client';

/** The tables the generator fills in bulk (the small network tables keep their indexes). */
const BULK_TABLES = [
  'organisations',
  'organisation_federations',
  'contacts',
  'needs',
  'need_themes',
  'timeline_entries',
  'intakes',
  'trajects',
  'traject_colleges',
  'tasks',
  'referrals',
  'event_participants',
  'event_meetings',
] as const;

/**
 * A row inserted into a table with fourteen or sixteen secondary indexes (organisations,
 * referrals) is as many random B-tree inserts; building an index afterwards is one sorted pass
 * (at 100,000 organisations the load went from ~56 s to ~42 s, the rebuild included). So the
 * generator lifts the secondary indexes of the tables it fills (in its transaction: a rollback
 * brings them back) and creates them again from their own CREATE INDEX text once the rows are
 * written: the same schema, the same index contents. The UNIQUE index on enterprise numbers is
 * rebuilt too, so a duplicate would still fail the whole run. Indexes without SQL text (primary
 * keys, UNIQUE constraints) cannot be dropped and stay. Returns the function that rebuilds them.
 */
export function suspendBulkIndexes(sqlite: Sqlite): () => void {
  const saved = sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
       AND tbl_name IN (${BULK_TABLES.map(() => '?').join(', ')}) ORDER BY name`,
    )
    .all(...BULK_TABLES) as { name: string; sql: string }[];
  for (const index of saved) sqlite.exec(`DROP INDEX "${index.name}"`);
  return () => {
    for (const index of saved) sqlite.exec(index.sql);
  };
}
