import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from '../../../db/client';
import * as schema from '../../../db/schema';

/**
 * A read-only connection of its own, inside one read transaction: everything read through it comes
 * from one snapshot of the database, however long the report takes and whatever the app writes
 * meanwhile (WAL lets readers and the writer go on side by side).
 *
 * `auditId` is the last audit row in the snapshot. Every write leaves an audit row in its own
 * transaction, so two snapshots with the same last audit row hold the same data: that is how the
 * report's worker thread checks it reads what the main thread reads.
 */
export type ReadSnapshot = { db: Db; auditId: number; close: () => void };

export function openReadSnapshot(file: string, nativeBinding?: string): ReadSnapshot {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    sqlite.pragma('busy_timeout = 5000');
    const db = drizzle({ client: sqlite, schema, casing: 'snake_case' });
    sqlite.exec('BEGIN');
    // The first read fixes the snapshot.
    const row = sqlite.prepare('SELECT coalesce(max(id), 0) AS id FROM audit_log').get() as { id: number };
    return {
      db,
      auditId: row.id,
      close: () => {
        if (!sqlite.open) return;
        if (sqlite.inTransaction) sqlite.exec('COMMIT');
        sqlite.close();
      },
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
