import type { Sqlite } from '../../../db/client';

/** The insert triggers of db/migrations/0002_search_index.sql that the bulk load stands in for. */
const BULK_TRIGGERS = ['search_organisations_ai', 'search_contacts_ai', 'search_needs_ai'] as const;

/**
 * FTS5 writes a new segment each time its pending terms pass `hashsize`; larger means fewer
 * segments and merges. At 100,000 organisations 256 MB takes the whole index in one flush: the
 * search phase went from ~10 s to ~8 s and the file is 67 MB smaller, for ~35 MB more peak
 * memory; 1 GB gained nothing more, and the cap keeps memory bounded at larger scales.
 */
const BULK_HASH_SIZE = 256 * 1024 * 1024;
const DEFAULT_HASH_SIZE = 1024 * 1024;

export type FirstIds = { organisation: number; contact: number; need: number };

/**
 * FTS5 flushes its pending terms to disk at every statement savepoint, and a trigger runs inside
 * one: filled row by row through the triggers, the index became a pile of one-row segments and
 * took two thirds of the generator's time. So the generator lifts the three insert triggers (in
 * its transaction: a rollback brings them back), and indexes the new rows afterwards in one
 * INSERT ... SELECT per kind, in rowid order, with exactly the triggers' expressions (the
 * integration test compares both). Returns the function that puts the triggers back.
 */
export function suspendSearchTriggers(sqlite: Sqlite): () => void {
  const saved = sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${BULK_TRIGGERS.map(() => '?').join(', ')})`,
    )
    .all(...BULK_TRIGGERS) as { name: string; sql: string }[];
  for (const trigger of saved) sqlite.exec(`DROP TRIGGER "${trigger.name}"`);
  return () => {
    for (const trigger of saved) sqlite.exec(trigger.sql);
  };
}

/** The next id each table will hand out: rows from there on are the generator's. */
export function firstNewIds(sqlite: Sqlite): FirstIds {
  const next = (table: string) => (sqlite.prepare(`SELECT coalesce(max(id), 0) + 1 AS n FROM ${table}`).get() as { n: number }).n;
  return { organisation: next('organisations'), contact: next('contacts'), need: next('needs') };
}

/** Indexes the rows the generator wrote, as the (suspended) insert triggers would have. */
export function indexNewRows(sqlite: Sqlite, from: FirstIds): void {
  sqlite.exec(`INSERT INTO search_index (search_index, rank) VALUES ('hashsize', ${BULK_HASH_SIZE})`);
  sqlite
    .prepare(
      `INSERT INTO search_index (rowid, kind, ref_id, title, body)
       SELECT id * 8 + 1, 'organisation', id, name,
         trim(coalesce(enterprise_number, '') || ' ' || coalesce(substr(enterprise_number, 2), '') || ' ' ||
           coalesce(substr(enterprise_number, 1, 4) || '.' || substr(enterprise_number, 5, 3) || '.' || substr(enterprise_number, 8), '') || ' ' ||
           coalesce(postcode, '') || ' ' || city || ' ' || website || ' ' || sector)
       FROM organisations WHERE id >= ? AND merged_into_id IS NULL ORDER BY id`,
    )
    .run(from.organisation);
  sqlite
    .prepare(
      `INSERT INTO search_index (rowid, kind, ref_id, title, body)
       SELECT c.id * 8 + 2, 'contact', c.id, trim(c.first_name || ' ' || c.last_name),
         trim(coalesce(c.email, '') || ' ' || coalesce(c.phone, '') || ' ' || c.role || ' ' ||
           coalesce((SELECT name FROM organisations WHERE id = c.organisation_id), ''))
       FROM contacts c WHERE c.id >= ? AND c.erased_at IS NULL ORDER BY c.id`,
    )
    .run(from.contact);
  sqlite
    .prepare(
      `INSERT INTO search_index (rowid, kind, ref_id, title, body)
       SELECT n.id * 8 + 3, 'need', n.id, n.title,
         trim(n.question || ' ' || n.smart || ' ' || coalesce((SELECT name FROM organisations WHERE id = n.organisation_id), ''))
       FROM needs n WHERE n.id >= ? ORDER BY n.id`,
    )
    .run(from.need);
  sqlite.exec(`INSERT INTO search_index (search_index, rank) VALUES ('hashsize', ${DEFAULT_HASH_SIZE})`);
}
