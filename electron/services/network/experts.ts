import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { colleges, expertGroups, expertiseGroups, experts } from '../../../db/schema';
import type { ExpertDetail, ExpertRow } from '../../api/contract/network';
import type { Page, ParsedInputOf } from '../../api/contract';
import type { AppContext } from '../context';
import { contains } from '../query/sql';
import { parseIds } from './groups';
import { notFound } from './validation';

/** The outer row, qualified (see groups.ts). */
const outerExpertId = sql.raw('"experts"."id"');

const groupNamesJson = sql<string>`(SELECT json_group_array(name) FROM (SELECT ${expertiseGroups.name} AS name FROM ${expertGroups} JOIN ${expertiseGroups} ON ${expertiseGroups.id} = ${expertGroups.groupId} WHERE ${expertGroups.expertId} = ${outerExpertId} ORDER BY ${expertiseGroups.name}))`;

const fullName = sql`(${experts.firstName} || ' ' || ${experts.lastName})`;

function sortOrder(sort: ParsedInputOf<'network.listExperts'>['sort']): SQL[] {
  const direction = sort?.direction === 'desc' ? desc : asc;
  const byName = [direction(experts.lastName), direction(experts.firstName)];
  switch (sort?.column ?? 'name') {
    case 'college':
      return [direction(colleges.shortName), asc(experts.lastName), asc(experts.firstName)];
    case 'role':
      return [direction(experts.role), asc(experts.lastName), asc(experts.firstName)];
    case 'email':
      return [direction(experts.email), asc(experts.lastName)];
    default:
      return byName;
  }
}

function conditions(input: ParsedInputOf<'network.listExperts'>): SQL | undefined {
  const { filters } = input;
  const list: (SQL | undefined)[] = [];
  if (filters.collegeId !== undefined) list.push(eq(experts.collegeId, filters.collegeId));
  if (filters.role !== undefined) list.push(eq(experts.role, filters.role));
  if (filters.active !== undefined) list.push(eq(experts.active, filters.active));
  if (filters.groupId !== undefined) {
    list.push(
      sql`EXISTS (SELECT 1 FROM ${expertGroups} WHERE ${expertGroups.expertId} = ${experts.id} AND ${expertGroups.groupId} = ${filters.groupId})`,
    );
  }
  if (input.search) {
    list.push(
      or(
        contains(fullName, input.search),
        contains(sql`(${experts.lastName} || ' ' || ${experts.firstName})`, input.search),
        contains(experts.email, input.search),
        contains(experts.title, input.search),
      ),
    );
  }
  return and(...list);
}

/** The experts table: filters, sort and paging in SQL. */
export function listExperts(ctx: AppContext, input: ParsedInputOf<'network.listExperts'>): Page<ExpertRow> {
  const db = ctx.db();
  const where = conditions(input);
  const rows = db
    .select({
      id: experts.id,
      firstName: experts.firstName,
      lastName: experts.lastName,
      role: experts.role,
      title: experts.title,
      email: experts.email,
      phone: experts.phone,
      collegeId: experts.collegeId,
      collegeShortName: colleges.shortName,
      groupNamesJson,
      active: experts.active,
    })
    .from(experts)
    .leftJoin(colleges, eq(colleges.id, experts.collegeId))
    .where(where)
    .orderBy(...sortOrder(input.sort), asc(experts.id))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const total =
    db.select({ n: count() }).from(experts).leftJoin(colleges, eq(colleges.id, experts.collegeId)).where(where).get()?.n ?? 0;
  return {
    rows: rows.map(({ groupNamesJson: json, ...row }) => ({ ...row, groupNames: JSON.parse(json) as string[] })),
    total,
  };
}

export function getExpert(ctx: AppContext, id: number): ExpertDetail {
  const row = ctx
    .db()
    .select({
      id: experts.id,
      firstName: experts.firstName,
      lastName: experts.lastName,
      role: experts.role,
      title: experts.title,
      email: experts.email,
      phone: experts.phone,
      collegeId: experts.collegeId,
      collegeShortName: colleges.shortName,
      notes: experts.notes,
      active: experts.active,
      groupIdsJson: sql<string>`(SELECT json_group_array(${expertGroups.groupId}) FROM ${expertGroups} WHERE ${expertGroups.expertId} = ${outerExpertId})`,
    })
    .from(experts)
    .leftJoin(colleges, eq(colleges.id, experts.collegeId))
    .where(eq(experts.id, id))
    .get();
  if (!row) throw notFound('Expert', id);
  const { groupIdsJson, ...rest } = row;
  return { ...rest, groupIds: parseIds(groupIdsJson) };
}
