import fs from 'node:fs';
import Database from 'better-sqlite3';
import { pendingMigrationCount } from '../../../db/client';

export type CheckReport = {
  file: string;
  ok: boolean;
  problems: string[];
  pendingMigrations: number | null;
  tables: Record<string, number>;
};

const COUNTED_TABLES = ['colleges', 'expertise_groups', 'partners', 'themes', 'provinces', 'audit_log'];

/**
 * Checks a database file without changing it: a read-only connection runs integrity_check and
 * foreign_key_check and counts the main tables. Every problem is said in words.
 */
export function checkDatabaseFile(file: string, migrationsFolder: string, nativeBinding?: string): CheckReport {
  const report: CheckReport = { file, ok: false, problems: [], pendingMigrations: null, tables: {} };
  if (!fs.existsSync(file)) {
    report.problems.push('Het databankbestand bestaat niet.');
    return report;
  }
  let conn: Database.Database | undefined;
  try {
    conn = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const integrity = (conn.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .filter((r) => r !== 'ok');
    report.problems.push(...integrity.map((p) => `Integriteit: ${p}`));
    if (integrity.length === 0) {
      const fk = conn.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
      report.problems.push(
        ...fk.slice(0, 20).map((v) => `Verwijzing: ${v.table} rij ${v.rowid} verwijst naar een ontbrekende ${v.parent}`),
      );
      if (fk.length > 20) report.problems.push(`... en nog ${fk.length - 20} ontbrekende verwijzingen`);
      report.pendingMigrations = pendingMigrationCount(conn, migrationsFolder);
      const existing = new Set(
        (conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
      );
      for (const table of COUNTED_TABLES) {
        if (!existing.has(table)) {
          report.problems.push(`Tabel ${table} ontbreekt.`);
          continue;
        }
        report.tables[table] = (conn.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
      }
    }
  } catch (error) {
    report.problems.push(`Onleesbaar: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    conn?.close();
  }
  report.ok = report.problems.length === 0;
  return report;
}
