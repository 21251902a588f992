import { count, desc, sql } from 'drizzle-orm';
import type { Page } from '../../api/contract/common';
import type { ContactChoice, ErasureJournalRow, RetentionRow } from '../../api/contract/privacy';
import type { AppContext } from '../context';
import { likePattern } from '../query/sql';
import { erasures } from '../../../db/schema';

/** The cut-off instant N calendar months before now. */
export function monthsAgo(now: Date, months: number): string {
  const d = new Date(now.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString();
}

/**
 * Contacts with no activity for N months: nothing changed on them, no timeline entry about them,
 * no need they asked touched since. Oldest activity first, so the list reads as a to-do.
 */
export function retentionList(ctx: AppContext, input: { months: number; offset: number; limit: number }): Page<RetentionRow> {
  const cutoff = monthsAgo(ctx.now(), input.months);
  const lastActivity = sql<string>`max(c.updated_at, coalesce(c.last_activity_at, ''),
      coalesce((SELECT max(t.at) FROM timeline_entries t WHERE t.contact_id = c.id), ''),
      coalesce((SELECT max(n.updated_at) FROM needs n WHERE n.contact_id = c.id), ''))`;
  const base = sql`FROM contacts c JOIN organisations o ON o.id = c.organisation_id WHERE c.erased_at IS NULL AND ${lastActivity} < ${cutoff}`;
  const db = ctx.db();
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n ${base}`).n;
  const rows = db.all<RetentionRow>(
    sql`SELECT c.id AS contactId, trim(c.first_name || ' ' || c.last_name) AS name, o.id AS organisationId, o.name AS organisationName,
        c.email AS email, ${lastActivity} AS lastActivity, c.consent_date AS consentDate
        ${base} ORDER BY lastActivity ASC, c.id ASC LIMIT ${input.limit} OFFSET ${input.offset}`,
  );
  return { rows, total };
}

export function findContacts(ctx: AppContext, input: { search: string; offset: number; limit: number }): Page<ContactChoice> {
  const pattern = likePattern(input.search);
  const where = sql`FROM contacts c JOIN organisations o ON o.id = c.organisation_id
    WHERE (trim(c.first_name || ' ' || c.last_name) LIKE ${pattern} ESCAPE '\\' OR c.email LIKE ${pattern} ESCAPE '\\' OR o.name LIKE ${pattern} ESCAPE '\\')`;
  const db = ctx.db();
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n ${where}`).n;
  const rows = db
    .all<{ contactId: number; name: string; email: string | null; organisationName: string; erased: number }>(
      sql`SELECT c.id AS contactId, trim(c.first_name || ' ' || c.last_name) AS name, c.email AS email, o.name AS organisationName,
          c.erased_at IS NOT NULL AS erased ${where} ORDER BY c.last_name, c.first_name LIMIT ${input.limit} OFFSET ${input.offset}`,
    )
    .map((r) => ({ ...r, erased: Boolean(r.erased) }));
  return { rows, total };
}

export function listErasures(ctx: AppContext, input: { offset: number; limit: number }): Page<ErasureJournalRow> {
  const db = ctx.db();
  const total = db.select({ n: count() }).from(erasures).get()?.n ?? 0;
  const rows = db
    .select({ id: erasures.id, entityId: erasures.entityId, at: erasures.at, actor: erasures.actor, reason: erasures.reason })
    .from(erasures)
    .orderBy(desc(erasures.at))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  return { rows, total };
}
