import crypto from 'node:crypto';
import Database from 'better-sqlite3';

/** Row counts of every table in a database file. */
export function rowCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    // One read transaction: every count from the same snapshot, even if a writer is still active.
    return db.transaction(() =>
      Object.fromEntries(
        tables.map((t) => [t.name, (db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n]),
      ),
    )();
  } finally {
    db.close();
  }
}

/** A hash over the schema and every row of every table: equal hashes mean equal contents. */
export function dumpHash(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const hash = crypto.createHash('sha256');
    // One read transaction: every table from the same snapshot, even if a writer is still active.
    db.exec('BEGIN');
    const objects = db
      .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
      .all() as { type: string; name: string; sql: string | null }[];
    // FTS5 shadow tables (some WITHOUT ROWID) hold derived data; the virtual table's rows are hashed.
    // Every FTS5 table counts (search_index, routing_index, any later one), not one by name.
    const virtual = objects.filter((o) => o.type === 'table' && /CREATE VIRTUAL TABLE/i.test(o.sql ?? '')).map((o) => o.name);
    const isShadow = (name: string) => virtual.some((v) => name.startsWith(`${v}_`));
    for (const o of objects) {
      hash.update(`${o.type}|${o.name}|${o.sql ?? ''}\n`);
      if (o.type !== 'table' || isShadow(o.name)) continue;
      for (const row of db.prepare(`SELECT * FROM "${o.name}" ORDER BY rowid`).iterate()) hash.update(`${JSON.stringify(row)}\n`);
    }
    db.exec('COMMIT');
    return hash.digest('hex');
  } finally {
    db.close();
  }
}
