import { and, asc, count, desc, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { colleges, needs, organisations, trajectColleges, trajects } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import type { TrajectDetail, TrajectPage, trajectSortColumns } from '../../api/contract/dossier/trajects';
import type { AppContext } from '../context';
import { contains } from '../query/sql';
import { requireTraject } from './checks';

export function getTraject(ctx: AppContext, id: number): TrajectDetail {
  const db = ctx.db();
  const traject = requireTraject(db, id);
  const collegeRows = db
    .select({ id: colleges.id, name: colleges.shortName })
    .from(trajectColleges)
    .innerJoin(colleges, eq(colleges.id, trajectColleges.collegeId))
    .where(eq(trajectColleges.trajectId, id))
    .orderBy(asc(colleges.shortName))
    .all();
  const needRows = db
    .select({
      id: needs.id,
      title: needs.title,
      status: needs.status,
      organisationId: needs.organisationId,
      organisationName: organisations.name,
    })
    .from(needs)
    .leftJoin(organisations, eq(organisations.id, needs.organisationId))
    .where(eq(needs.trajectId, id))
    .orderBy(asc(organisations.name), asc(needs.title))
    .all();
  return { ...traject, colleges: collegeRows, needs: needRows };
}

// Correlated subqueries name their tables explicitly: Drizzle leaves columns unqualified in
// single-table queries, and an unqualified "id" would bind to the inner table.
const needCount = sql<number>`(SELECT count(*) FROM needs n WHERE n.traject_id = "trajects"."id")`;
const organisationCount = sql<number>`(SELECT count(DISTINCT n.organisation_id) FROM needs n WHERE n.traject_id = "trajects"."id")`;
const collegeNames = sql<
  string | null
>`(SELECT group_concat(c.short_name, ', ') FROM traject_colleges tc JOIN colleges c ON c.id = tc.college_id WHERE tc.traject_id = "trajects"."id")`;

const sortExpressions: Record<(typeof trajectSortColumns)[number], SQL | AnyColumn> = {
  title: sql`${trajects.title} COLLATE NOCASE`,
  type: trajects.type,
  status: trajects.status,
  startDate: trajects.startDate,
  needCount,
  updatedAt: trajects.updatedAt,
};

export function listTrajects(ctx: AppContext, input: ParsedInputOf<'trajects.list'>): TrajectPage {
  const db = ctx.db();
  const where: SQL[] = [];
  if (input.search) where.push(contains(trajects.title, input.search));
  if (input.type) where.push(eq(trajects.type, input.type));
  if (input.status) where.push(eq(trajects.status, input.status));
  const condition = and(...where);
  const sort = input.sort ?? { column: 'updatedAt', direction: 'desc' };
  const direction = sort.direction === 'asc' ? asc : desc;
  const rows = db
    .select({
      id: trajects.id,
      title: trajects.title,
      type: trajects.type,
      status: trajects.status,
      startDate: trajects.startDate,
      endDate: trajects.endDate,
      needCount,
      organisationCount,
      collegeNames,
      updatedAt: trajects.updatedAt,
    })
    .from(trajects)
    .where(condition)
    .orderBy(direction(sortExpressions[sort.column]), direction(trajects.id))
    .limit(input.limit)
    .offset(input.offset)
    .all()
    .map(({ collegeNames: names, ...row }) => ({ ...row, colleges: names ? names.split(', ') : [] }));
  const total = db.select({ n: count() }).from(trajects).where(condition).get()?.n ?? 0;
  return { rows, total };
}
