import { asc, count, eq } from 'drizzle-orm';
import { colleges, partners, provinces, themes } from '../../../db/schema';
import type { NetworkSummary, PartnerRow, ThemeRow } from '../../api/contract/network';
import type { ParsedInputOf } from '../../api/contract';
import type { AppContext } from '../context';
import { countExpertiseGroups } from './colleges';

export function listPartners(ctx: AppContext, input: ParsedInputOf<'network.listPartners'>): PartnerRow[] {
  const query = ctx
    .db()
    .select({
      id: partners.id,
      kind: partners.kind,
      name: partners.name,
      shortName: partners.shortName,
      city: partners.city,
      website: partners.website,
      sector: partners.sector,
      verifyFields: partners.verifyFields,
      active: partners.active,
    })
    .from(partners);
  const filtered = input.kind ? query.where(eq(partners.kind, input.kind)) : query;
  return filtered.orderBy(asc(partners.name)).all();
}

export function listThemes(ctx: AppContext): ThemeRow[] {
  return ctx
    .db()
    .select({ id: themes.id, code: themes.code, nameNl: themes.nameNl, nameEn: themes.nameEn, active: themes.active })
    .from(themes)
    .orderBy(asc(themes.sortOrder), asc(themes.nameNl))
    .all();
}

export function networkSummary(ctx: AppContext): NetworkSummary {
  const db = ctx.db();
  const countWhere = (kind: PartnerRow['kind']) =>
    db.select({ n: count() }).from(partners).where(eq(partners.kind, kind)).get()?.n ?? 0;
  return {
    colleges: db.select({ n: count() }).from(colleges).where(eq(colleges.active, true)).get()?.n ?? 0,
    expertiseGroups: countExpertiseGroups(ctx),
    universities: countWhere('universiteit'),
    federations: countWhere('federatie'),
    themes: db.select({ n: count() }).from(themes).get()?.n ?? 0,
    provinces: db.select({ n: count() }).from(provinces).get()?.n ?? 0,
  };
}
