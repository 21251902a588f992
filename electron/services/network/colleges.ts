import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { colleges, expertiseGroups, provinces } from '../../../db/schema';
import type { CollegeDetail, CollegeRow, ExpertiseGroupRow } from '../../api/contract/network';
import type { ParsedInputOf } from '../../api/contract';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { likePattern } from '../query/sql';
import { expertCount, parseIds, themeIdsJson } from './groups';

const groupCount = sql<number>`(SELECT count(*) FROM ${expertiseGroups} WHERE ${expertiseGroups.collegeId} = ${colleges.id} AND ${expertiseGroups.active} = 1)`;

const collegeColumns = {
  id: colleges.id,
  name: colleges.name,
  shortName: colleges.shortName,
  city: colleges.city,
  provinceCode: colleges.provinceCode,
  provinceName: provinces.name,
  website: colleges.website,
  association: colleges.association,
  verifyFields: colleges.verifyFields,
  active: colleges.active,
  groupCount,
};

const sortColumns = {
  name: colleges.name,
  shortName: colleges.shortName,
  city: colleges.city,
  province: provinces.name,
  groupCount,
} as const;

function searchCondition(search: string): SQL | undefined {
  const pattern = likePattern(search);
  const groupMatch = sql`EXISTS (SELECT 1 FROM ${expertiseGroups} WHERE ${expertiseGroups.collegeId} = ${colleges.id} AND (${expertiseGroups.name} LIKE ${pattern} ESCAPE '\\' OR ${expertiseGroups.keywords} LIKE ${pattern} ESCAPE '\\'))`;
  return or(
    sql`${colleges.name} LIKE ${pattern} ESCAPE '\\'`,
    sql`${colleges.shortName} LIKE ${pattern} ESCAPE '\\'`,
    sql`${colleges.city} LIKE ${pattern} ESCAPE '\\'`,
    sql`${provinces.name} LIKE ${pattern} ESCAPE '\\'`,
    groupMatch,
  );
}

/** Filtering and sorting happen in SQL, as they will have to for the large tables. */
export function listColleges(ctx: AppContext, input: ParsedInputOf<'network.listColleges'>): CollegeRow[] {
  const conditions: (SQL | undefined)[] = [];
  if (!input.includeInactive) conditions.push(eq(colleges.active, true));
  if (input.search) conditions.push(searchCondition(input.search));
  const sort = input.sort ?? { column: 'name', direction: 'asc' };
  const column = sortColumns[sort.column];
  const order = sort.direction === 'asc' ? asc(column) : desc(column);
  return ctx
    .db()
    .select(collegeColumns)
    .from(colleges)
    .leftJoin(provinces, eq(provinces.code, colleges.provinceCode))
    .where(and(...conditions))
    .orderBy(order, asc(colleges.name))
    .all();
}

export function getCollege(ctx: AppContext, id: number): CollegeDetail {
  const db = ctx.db();
  const college = db
    .select({ ...collegeColumns, notes: colleges.notes })
    .from(colleges)
    .leftJoin(provinces, eq(provinces.code, colleges.provinceCode))
    .where(eq(colleges.id, id))
    .get();
  if (!college) throw new AppError('NOT_FOUND', `Hogeschool ${id} bestaat niet.`);
  const groups: ExpertiseGroupRow[] = db
    .select({
      id: expertiseGroups.id,
      collegeId: expertiseGroups.collegeId,
      name: expertiseGroups.name,
      description: expertiseGroups.description,
      keywords: expertiseGroups.keywords,
      sourceUrl: expertiseGroups.sourceUrl,
      active: expertiseGroups.active,
      capacity: expertiseGroups.capacity,
      capacityNote: expertiseGroups.capacityNote,
      themeIdsJson,
      expertCount,
    })
    .from(expertiseGroups)
    .where(eq(expertiseGroups.collegeId, id))
    .orderBy(desc(expertiseGroups.active), asc(expertiseGroups.name))
    .all()
    .map(({ themeIdsJson: json, ...group }) => ({ ...group, themeIds: parseIds(json) }));
  return { ...college, expertiseGroups: groups };
}

export function countExpertiseGroups(ctx: AppContext): number {
  const row = ctx.db().select({ n: count() }).from(expertiseGroups).where(eq(expertiseGroups.active, true)).get();
  return row?.n ?? 0;
}
