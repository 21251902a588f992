import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import {
  colleges,
  expertGroups,
  expertiseGroupThemes,
  expertiseGroups,
  experts,
  needs,
  trajectColleges,
  trajects,
} from '../../../db/schema';
import type { GroupDetail, GroupListRow } from '../../api/contract/network';
import type { Page, ParsedInputOf } from '../../api/contract';
import type { AppContext } from '../context';
import { contains } from '../query/sql';
import { notFound } from './validation';

/**
 * The outer row, spelled out: drizzle leaves columns unqualified in single-table selects, and an
 * unqualified `id` inside a correlated subquery would bind to the subquery's own table.
 */
const outerGroupId = sql.raw('"expertise_groups"."id"');

/** Active experts in the group (inactive people stay linked for the history but are not counted). */
export const expertCount = sql<number>`(SELECT count(*) FROM ${expertGroups} JOIN ${experts} ON ${experts.id} = ${expertGroups.expertId} WHERE ${expertGroups.groupId} = ${outerGroupId} AND ${experts.active} = 1)`;

export const themeIdsJson = sql<string>`(SELECT json_group_array(${expertiseGroupThemes.themeId}) FROM ${expertiseGroupThemes} WHERE ${expertiseGroupThemes.groupId} = ${outerGroupId})`;

const capacityRank = sql`CASE ${expertiseGroups.capacity} WHEN 'open' THEN 0 WHEN 'beperkt' THEN 1 ELSE 2 END`;

const sortColumns = {
  name: expertiseGroups.name,
  college: colleges.shortName,
  capacity: capacityRank,
  expertCount,
} as const;

export function parseIds(json: string | null): number[] {
  if (!json) return [];
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b) : [];
}

function conditions(input: ParsedInputOf<'network.listGroups'>): SQL | undefined {
  const { filters } = input;
  const list: (SQL | undefined)[] = [];
  if (filters.collegeId !== undefined) list.push(eq(expertiseGroups.collegeId, filters.collegeId));
  if (filters.capacity !== undefined) list.push(eq(expertiseGroups.capacity, filters.capacity));
  if (filters.active !== undefined) list.push(eq(expertiseGroups.active, filters.active));
  if (filters.themeId !== undefined) {
    list.push(
      sql`EXISTS (SELECT 1 FROM ${expertiseGroupThemes} WHERE ${expertiseGroupThemes.groupId} = ${expertiseGroups.id} AND ${expertiseGroupThemes.themeId} = ${filters.themeId})`,
    );
  }
  if (input.search) {
    list.push(
      or(
        contains(expertiseGroups.name, input.search),
        contains(expertiseGroups.description, input.search),
        contains(expertiseGroups.keywords, input.search),
        contains(colleges.shortName, input.search),
      ),
    );
  }
  return and(...list);
}

/** All groups across the colleges; filtering, sorting and paging in SQL. */
export function listGroups(ctx: AppContext, input: ParsedInputOf<'network.listGroups'>): Page<GroupListRow> {
  const db = ctx.db();
  const where = conditions(input);
  const sort = input.sort ?? { column: 'name', direction: 'asc' };
  const column = sortColumns[sort.column];
  const rows = db
    .select({
      id: expertiseGroups.id,
      name: expertiseGroups.name,
      collegeId: expertiseGroups.collegeId,
      collegeShortName: colleges.shortName,
      capacity: expertiseGroups.capacity,
      capacityNote: expertiseGroups.capacityNote,
      keywords: expertiseGroups.keywords,
      themeIdsJson,
      expertCount,
      active: expertiseGroups.active,
    })
    .from(expertiseGroups)
    .innerJoin(colleges, eq(colleges.id, expertiseGroups.collegeId))
    .where(where)
    .orderBy(sort.direction === 'asc' ? asc(column) : desc(column), asc(expertiseGroups.name), asc(expertiseGroups.id))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const total =
    db
      .select({ n: count() })
      .from(expertiseGroups)
      .innerJoin(colleges, eq(colleges.id, expertiseGroups.collegeId))
      .where(where)
      .get()?.n ?? 0;
  return { rows: rows.map(({ themeIdsJson: json, ...row }) => ({ ...row, themeIds: parseIds(json) })), total };
}

export function getGroup(ctx: AppContext, id: number): GroupDetail {
  const db = ctx.db();
  const group = db
    .select({
      id: expertiseGroups.id,
      collegeId: expertiseGroups.collegeId,
      collegeName: colleges.name,
      collegeShortName: colleges.shortName,
      name: expertiseGroups.name,
      description: expertiseGroups.description,
      keywords: expertiseGroups.keywords,
      sourceUrl: expertiseGroups.sourceUrl,
      themeIdsJson,
      contactExpertId: expertiseGroups.contactExpertId,
      capacity: expertiseGroups.capacity,
      capacityNote: expertiseGroups.capacityNote,
      responseDays: expertiseGroups.responseDays,
      active: expertiseGroups.active,
    })
    .from(expertiseGroups)
    .innerJoin(colleges, eq(colleges.id, expertiseGroups.collegeId))
    .where(eq(expertiseGroups.id, id))
    .get();
  if (!group) throw notFound('Expertisegroep', id);
  const members = db
    .select({
      id: experts.id,
      firstName: experts.firstName,
      lastName: experts.lastName,
      role: experts.role,
      title: experts.title,
      email: experts.email,
      phone: experts.phone,
      active: experts.active,
    })
    .from(expertGroups)
    .innerJoin(experts, eq(experts.id, expertGroups.expertId))
    .where(eq(expertGroups.groupId, id))
    .orderBy(desc(experts.active), asc(experts.lastName), asc(experts.firstName))
    .all();
  const collegeTrajects = db
    .select({
      id: trajects.id,
      title: trajects.title,
      type: trajects.type,
      status: trajects.status,
      startDate: trajects.startDate,
      endDate: trajects.endDate,
      needCount: sql<number>`(SELECT count(*) FROM ${needs} WHERE ${needs.trajectId} = ${trajects.id})`,
    })
    .from(trajectColleges)
    .innerJoin(trajects, eq(trajects.id, trajectColleges.trajectId))
    .where(eq(trajectColleges.collegeId, group.collegeId))
    .orderBy(desc(trajects.startDate), desc(trajects.id))
    .limit(50)
    .all();
  const { themeIdsJson: json, ...rest } = group;
  return { ...rest, themeIds: parseIds(json), experts: members, collegeTrajects };
}
