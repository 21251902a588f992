import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { repoRoot } from '../../helpers/db';

export const FIXTURES = path.join(repoRoot, 'tests', 'fixtures', 'registrations');
export const FIXTURE_FILES = ['registrations-forms-1.xlsx', 'registrations-google-3.csv', 'registrations-excelbe-4.csv'];

export type Truth = {
  rows: number;
  organisations: number;
  experts: number;
  orgs: { id: number; name: string; kbo: string; postcode: number }[];
  perRow: { row: number; org: number | null; issues: string[]; expert?: string }[];
};

export const fixtureBytes = (file: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, file)));
export const truthOf = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(FIXTURES, file.replace(/\.(csv|xlsx)$/, '.truth.json')), 'utf8')) as Truth;

/** A small registration CSV (`;`, UTF-8) from rows of cells under a fixed Dutch header. */
export const HEADER = [
  'Organisatie',
  'KBO-nummer',
  'Straat',
  'Postcode',
  'Gemeente',
  'Website',
  'Voornaam',
  'Naam',
  'E-mail',
  'Toestemming',
  'Hulpvraag',
  "Thema's",
];
export function csv(rows: string[][], header = HEADER): Uint8Array {
  const quote = (c: string) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return new TextEncoder().encode([header, ...rows].map((r) => r.map(quote).join(';')).join('\r\n') + '\r\n');
}

const BOOKKEEPING = new Set(['audit_log', 'import_batches', 'import_rows']);
export const TOUCHED = [
  'organisations',
  'organisation_federations',
  'contacts',
  'needs',
  'need_themes',
  'experts',
  'timeline_entries',
  'search_index',
];

/** Row counts of every table but the append-only bookkeeping (audit, import history), and the touched tables' rows. */
export function snapshot(file: string): { counts: Record<string, number>; rows: Record<string, unknown[]> } {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%'",
        )
        .all() as {
        name: string;
      }[]
    ).filter((t) => !BOOKKEEPING.has(t.name));
    const counts = Object.fromEntries(
      tables.map((t) => [t.name, (db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n]),
    );
    const rows = Object.fromEntries(TOUCHED.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
    return { counts, rows };
  } finally {
    db.close();
  }
}
