import { sql } from 'drizzle-orm';
import type { Tx } from '../../../../db/client';

type Reference = { table: string; column: string };

const LABELS: Record<string, string> = {
  timeline_entries: 'tijdlijnitem(s)',
  needs: 'hulpvraag/-vragen',
  contacts: 'contactperso(o)n(en)',
  tasks: 'ta(a)k(en)',
  attachments: 'bijlage(n)',
  intakes: 'intake(s)',
  organisations: 'samengevoegde organisatie(s)',
  organisation_federations: 'federatie(s)',
  need_themes: "thema('s)",
  expert_groups: 'expertisegroep(en)',
  event_participants: 'eventinschrijving(en)',
  event_meetings: 'gespreksaanvra(a)g(en)',
};

/** Every foreign key in the schema that points at `table`, read from SQLite itself (so new tables count too). */
export function referencesTo(tx: Tx, table: string): Reference[] {
  const tables = tx.all<{ name: string }>(
    sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%'`,
  );
  const found: Reference[] = [];
  for (const { name } of tables) {
    if (!/^[a-z0-9_]+$/.test(name)) continue;
    const keys = tx.all<{ table: string; from: string }>(sql.raw(`PRAGMA foreign_key_list("${name}")`));
    for (const key of keys) if (key.table === table) found.push({ table: name, column: key.from });
  }
  return found;
}

/**
 * What still points at a record, per referencing table, leaving out the link tables whose rows the
 * batch itself wrote (they go with the record). Returns Dutch phrases, empty when nothing does.
 */
export function referencingRecords(tx: Tx, references: Reference[], id: number, ownLinks: Record<string, number>): string[] {
  const phrases: string[] = [];
  for (const ref of references) {
    const row = tx.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM ${sql.identifier(ref.table)} WHERE ${sql.identifier(ref.column)} = ${id}`,
    );
    const n = (row?.n ?? 0) - (ownLinks[ref.table] ?? 0);
    if (n > 0) phrases.push(`${n} ${LABELS[ref.table] ?? ref.table}`);
  }
  return phrases;
}
