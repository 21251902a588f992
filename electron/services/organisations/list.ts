import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { organisationFederations, organisations } from '../../../db/schema';
import type { OrganisationRow, Page, ParsedInputOf } from '../../api/contract';
import type { AppContext } from '../context';
import { contains } from '../query/sql';
import { matchingIds } from './search';

export const closedNeedStatuses = ['afgerond', 'gestopt'] as const;

// Correlated subqueries, evaluated only for the rows of the page (they are not sortable: at
// 100k organisations sorting on them takes ~0.5 s).
// Written with explicit aliases: drizzle leaves columns unqualified in a single-table select, and
// an unqualified "id" inside a subquery would bind to the subquery's own table.
const contactCount = sql<number>`(SELECT count(*) FROM contacts c WHERE c.organisation_id = organisations.id AND c.active = 1 AND c.erased_at IS NULL)`;
const openNeedCount = sql<number>`(SELECT count(*) FROM needs n WHERE n.organisation_id = organisations.id AND n.status NOT IN ('afgerond', 'gestopt'))`;
const federationNames = sql<
  string | null
>`(SELECT json_group_array(coalesce(nullif(p.short_name, ''), p.name)) FROM organisation_federations f JOIN partners p ON p.id = f.partner_id WHERE f.organisation_id = organisations.id)`;
const provinceName = sql<string | null>`(SELECT pr.name FROM provinces pr WHERE pr.code = organisations.province_code)`;

const sortColumns = {
  name: organisations.normalizedName,
  legalForm: organisations.legalForm,
  enterpriseNumber: organisations.enterpriseNumber,
  postcode: organisations.postcode,
  city: organisations.city,
  province: organisations.provinceCode,
  updatedAt: organisations.updatedAt,
} as const;

/**
 * The list's WHERE clause. With `sortScan`, the filter columns are wrapped in a unary `+`, which
 * keeps SQLite from looking rows up through their own index (province, legal form, federation)
 * and then sorting them: the page is read in order from the sort column's covering list index
 * instead (see `listIndex` in the schema), which costs at most one pass over ~100k small index
 * entries and nothing per skipped row. The count keeps the plain terms: there the filter's own
 * index is the shortest way.
 */
export function organisationConditions(input: ParsedInputOf<'organisations.list'>, sortScan = false): SQL | undefined {
  const f = input.filters;
  const col = (column: SQLiteColumn): SQL => (sortScan ? sql`+${column}` : sql`${column}`);
  const conditions: (SQL | undefined)[] = [isNull(organisations.mergedIntoId)];
  if (f.active !== undefined) conditions.push(eq(organisations.active, f.active));
  if (f.provinceCode) conditions.push(eq(col(organisations.provinceCode), f.provinceCode));
  if (f.legalForm) conditions.push(eq(col(organisations.legalForm), f.legalForm));
  if (f.size) conditions.push(eq(col(organisations.size), f.size));
  if (f.sector) conditions.push(contains(organisations.sector, f.sector));
  if (f.federationId) {
    conditions.push(
      inArray(
        col(organisations.id),
        sql`(SELECT ${organisationFederations.organisationId} FROM ${organisationFederations} WHERE ${organisationFederations.partnerId} = ${f.federationId})`,
      ),
    );
  }
  if (input.search) {
    // Name, city, postcode, website, sector and the enterprise number in any notation. Left
    // plain: the hits are usually few, and fetched by id then sorted faster than scanned for.
    const ids = matchingIds('organisation', input.search);
    conditions.push(ids ? inArray(organisations.id, ids) : contains(organisations.name, input.search));
  }
  return and(...conditions);
}

/**
 * One page of organisations, filtered, sorted and counted in SQL, in two steps: first the ids of
 * the page (only the sort key travels through the index or sorter, skipped rows cost no table
 * lookups), then the columns and per-row subqueries for just those ids. In one query SQLite would
 * compute the subqueries for every matching row before sorting.
 */
export function listOrganisations(ctx: AppContext, input: ParsedInputOf<'organisations.list'>): Page<OrganisationRow> {
  const db = ctx.db();
  const where = organisationConditions(input);
  const column = sortColumns[input.sort.column];
  const direction = input.sort.direction === 'asc' ? asc : desc;
  // The id breaks ties so paging never shows a row twice or skips one.
  const ids = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(organisationConditions(input, true))
    .orderBy(direction(column), direction(organisations.id))
    .limit(input.limit)
    .offset(input.offset)
    .all()
    .map((row) => row.id);
  const total = db.select({ n: count() }).from(organisations).where(where).get()?.n ?? 0;
  if (ids.length === 0) return { total, rows: [] };
  const byId = new Map(
    db
      .select({
        id: organisations.id,
        name: organisations.name,
        legalForm: organisations.legalForm,
        enterpriseNumber: organisations.enterpriseNumber,
        postcode: organisations.postcode,
        city: organisations.city,
        provinceCode: organisations.provinceCode,
        province: provinceName,
        federations: federationNames,
        contactCount,
        openNeedCount,
        active: organisations.active,
        updatedAt: organisations.updatedAt,
      })
      .from(organisations)
      .where(inArray(organisations.id, ids))
      .all()
      .map((row) => [row.id, row]),
  );
  const rows = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...row, federations: row.federations ? (JSON.parse(row.federations) as string[]) : [] }] : [];
  });
  return { total, rows };
}
