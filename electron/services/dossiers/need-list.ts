import { and, asc, count, desc, eq, gte, inArray, lt, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { needs, organisationFederations, organisations, needThemes, trajectColleges } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import { needStatusValues, urgencyValues } from '../../api/contract/dossier/lifecycle';
import type { NeedPage, NeedRow, NeedSortColumn } from '../../api/contract/dossier/needs';
import type { AppContext } from '../context';
import { themesOf } from './needs';

/**
 * The text typed in the search box as an FTS5 query: every word a quoted prefix term, all
 * required. Quoting keeps FTS syntax (AND, NEAR, ", *) typed by the user from being interpreted.
 */
export function ftsQuery(search: string): string | null {
  const words = search
    .split(/\s+/)
    .map((w) => w.replace(/["*^():{}]/g, ''))
    .filter((w) => w.length > 0)
    .slice(0, 8);
  return words.length === 0 ? null : words.map((w) => `"${w}"*`).join(' ');
}

/** Ranks in lifecycle order, not alphabetically. */
function rankOf(column: SQL, values: readonly string[]): SQL {
  const cases = values.map((v, i) => sql`WHEN ${v} THEN ${i}`);
  return sql`(CASE ${column} ${sql.join(cases, sql` `)} ELSE ${values.length} END)`;
}

// Correlated subqueries name their tables explicitly: Drizzle leaves columns unqualified in
// single-table queries, and an unqualified "id" would bind to the inner table.
const openTaskCount = sql<number>`(SELECT count(*) FROM tasks t WHERE t.need_id = "needs"."id" AND t.done_at IS NULL)`;

const sortExpressions: Record<NeedSortColumn, SQL | AnyColumn> = {
  title: sql`${needs.title} COLLATE NOCASE`,
  organisationName: organisations.normalizedName,
  status: rankOf(sql`${needs.status}`, needStatusValues),
  urgency: rankOf(sql`${needs.urgency}`, urgencyValues),
  owner: sql`${needs.owner} COLLATE NOCASE`,
  createdAt: needs.createdAt,
  updatedAt: needs.updatedAt,
};

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Brussels midnight of a calendar date as a UTC instant (createdAt is stored in UTC). */
function brusselsStart(date: string): string {
  const noonUtc = new Date(`${date}T12:00:00Z`);
  const brusselsHour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', hourCycle: 'h23' }).format(noonUtc),
  );
  const offsetHours = brusselsHour - 12;
  return new Date(new Date(`${date}T00:00:00Z`).getTime() - offsetHours * 3_600_000).toISOString();
}

function conditions(input: ParsedInputOf<'needs.list'>): SQL[] {
  const f = input.filters;
  const where: SQL[] = [];
  if (f.status && f.status.length > 0) where.push(inArray(needs.status, f.status));
  if (f.organisationId) where.push(eq(needs.organisationId, f.organisationId));
  if (f.trajectId) where.push(eq(needs.trajectId, f.trajectId));
  if (f.owner) where.push(eq(needs.owner, f.owner));
  if (f.createdFrom) where.push(gte(needs.createdAt, brusselsStart(f.createdFrom)));
  if (f.createdTo) where.push(lt(needs.createdAt, brusselsStart(addDays(f.createdTo, 1))));
  if (f.themeId) {
    where.push(sql`${needs.id} IN (SELECT ${needThemes.needId} FROM ${needThemes} WHERE ${needThemes.themeId} = ${f.themeId})`);
  }
  if (f.provinceCode) {
    where.push(
      sql`${needs.organisationId} IN (SELECT ${organisations.id} FROM ${organisations} WHERE ${organisations.provinceCode} = ${f.provinceCode})`,
    );
  }
  if (f.federationId) {
    where.push(
      sql`${needs.organisationId} IN (SELECT ${organisationFederations.organisationId} FROM ${organisationFederations} WHERE ${organisationFederations.partnerId} = ${f.federationId})`,
    );
  }
  if (f.collegeId) {
    where.push(
      sql`${needs.trajectId} IN (SELECT ${trajectColleges.trajectId} FROM ${trajectColleges} WHERE ${trajectColleges.collegeId} = ${f.collegeId})`,
    );
  }
  const match = input.search ? ftsQuery(input.search) : null;
  if (match) {
    // rowid = id * 8 + 3 for needs (see the search_index migration).
    where.push(sql`${needs.id} IN (SELECT rowid / 8 FROM search_index WHERE search_index MATCH ${match} AND rowid % 8 = 3)`);
  } else if (input.search) {
    where.push(sql`0`);
  }
  return where;
}

/**
 * Filtering, sorting and paging in SQL, in two steps: first the ids of the page (only the sort
 * key travels through the sorter), then the columns for just those rows. SQLite would otherwise
 * evaluate the per-row subqueries for every matching row before sorting.
 */
export function listNeeds(ctx: AppContext, input: ParsedInputOf<'needs.list'>): NeedPage {
  const db = ctx.db();
  const where = and(...conditions(input));
  const sort = input.sort ?? { column: 'updatedAt', direction: 'desc' };
  const direction = sort.direction === 'asc' ? asc : desc;
  const idQuery = db.select({ id: needs.id }).from(needs);
  const ordered = (
    sort.column === 'organisationName' ? idQuery.leftJoin(organisations, eq(organisations.id, needs.organisationId)) : idQuery
  )
    .where(where)
    .orderBy(direction(sortExpressions[sort.column]), direction(needs.id))
    .limit(input.limit)
    .offset(input.offset)
    .all()
    .map((r) => r.id);
  const total = db.select({ n: count() }).from(needs).where(where).get()?.n ?? 0;
  if (ordered.length === 0) return { rows: [], total };
  const byId = new Map(
    db
      .select({
        id: needs.id,
        title: needs.title,
        organisationId: needs.organisationId,
        organisationName: organisations.name,
        status: needs.status,
        urgency: needs.urgency,
        owner: needs.owner,
        createdAt: needs.createdAt,
        updatedAt: needs.updatedAt,
        openTaskCount,
      })
      .from(needs)
      .leftJoin(organisations, eq(organisations.id, needs.organisationId))
      .where(inArray(needs.id, ordered))
      .all()
      .map((row) => [row.id, row]),
  );
  const themes = themesOf(db, ordered);
  const rows: NeedRow[] = ordered.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...row, themes: themes.get(id) ?? [] }] : [];
  });
  return { rows, total };
}
