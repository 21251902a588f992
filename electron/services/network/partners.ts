import { and, asc, count, eq, or, sql, type SQL } from 'drizzle-orm';
import { colleges, partners, provinces, themes } from '../../../db/schema';
import type { NetworkSummary, PartnerDetail, PartnerRow, ProvinceRow, ThemeRow } from '../../api/contract/network';
import type { ParsedInputOf } from '../../api/contract';
import type { AppContext } from '../context';
import { contains } from '../query/sql';
import { countExpertiseGroups } from './colleges';
import { partnerCollegeIds, partnerThemeIds } from './links';
import { notFound } from './validation';

const partnerColumns = {
  id: partners.id,
  kind: partners.kind,
  name: partners.name,
  shortName: partners.shortName,
  city: partners.city,
  website: partners.website,
  sector: partners.sector,
  contactName: partners.contactName,
  email: partners.email,
  phone: partners.phone,
  verifyFields: partners.verifyFields,
  active: partners.active,
};

/** What the list shows first: the advisor's name for a VLAIO advisor, the organisation otherwise. */
const displayName = sql`CASE WHEN ${partners.kind} = 'vlaio' AND ${partners.contactName} <> '' THEN ${partners.contactName} ELSE ${partners.name} END`;

export function listPartners(ctx: AppContext, input: ParsedInputOf<'network.listPartners'>): PartnerRow[] {
  const conditions: (SQL | undefined)[] = [];
  if (input.kind) conditions.push(eq(partners.kind, input.kind));
  if (input.activeOnly) conditions.push(eq(partners.active, true));
  if (input.search) {
    conditions.push(
      or(
        contains(partners.name, input.search),
        contains(partners.shortName, input.search),
        contains(partners.contactName, input.search),
        contains(partners.sector, input.search),
        contains(partners.city, input.search),
      ),
    );
  }
  return ctx
    .db()
    .select(partnerColumns)
    .from(partners)
    .where(and(...conditions))
    .orderBy(asc(displayName), asc(partners.id))
    .all();
}

/**
 * A university's association: the stored links, or (until the coordinator saves them once) the
 * colleges whose `association` names this university, so the form starts from what is known.
 */
export function getPartner(ctx: AppContext, id: number): PartnerDetail {
  return ctx.db().transaction((tx) => {
    const row = tx
      .select({
        ...partnerColumns,
        provinceCode: partners.provinceCode,
        notes: partners.notes,
        responseDays: partners.responseDays,
      })
      .from(partners)
      .where(eq(partners.id, id))
      .get();
    if (!row) throw notFound('Partner', id);
    const stored = partnerCollegeIds(tx, id);
    let collegeIds = stored;
    let collegesDerived = false;
    if (row.kind === 'universiteit' && stored.length === 0 && row.shortName !== '') {
      collegeIds = tx
        .select({ id: colleges.id })
        .from(colleges)
        .where(sql`lower(${colleges.association}) = lower(${row.shortName})`)
        .orderBy(asc(colleges.id))
        .all()
        .map((c) => c.id);
      collegesDerived = collegeIds.length > 0;
    }
    return { ...row, themeIds: partnerThemeIds(tx, id), collegeIds, collegesDerived };
  });
}

export function listThemes(ctx: AppContext): ThemeRow[] {
  return ctx
    .db()
    .select({ id: themes.id, code: themes.code, nameNl: themes.nameNl, nameEn: themes.nameEn, active: themes.active })
    .from(themes)
    .orderBy(asc(themes.sortOrder), asc(themes.nameNl))
    .all();
}

export function listProvinces(ctx: AppContext): ProvinceRow[] {
  return ctx
    .db()
    .select({ code: provinces.code, name: provinces.name })
    .from(provinces)
    .orderBy(sql`${provinces.inFlanders} DESC`, asc(provinces.name))
    .all();
}

/** Counts what is active: deactivated rows stay on record but are no longer part of the network. */
export function networkSummary(ctx: AppContext): NetworkSummary {
  const db = ctx.db();
  const countWhere = (kind: PartnerRow['kind']) =>
    db
      .select({ n: count() })
      .from(partners)
      .where(and(eq(partners.kind, kind), eq(partners.active, true)))
      .get()?.n ?? 0;
  return {
    colleges: db.select({ n: count() }).from(colleges).where(eq(colleges.active, true)).get()?.n ?? 0,
    expertiseGroups: countExpertiseGroups(ctx),
    universities: countWhere('universiteit'),
    federations: countWhere('federatie'),
    themes: db.select({ n: count() }).from(themes).where(eq(themes.active, true)).get()?.n ?? 0,
    provinces: db.select({ n: count() }).from(provinces).get()?.n ?? 0,
  };
}
