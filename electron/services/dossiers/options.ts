import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import { colleges, contacts, needs, organisations, partners, provinces, themes } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import type { DossierContactOption, DossierFilterOptions, DossierOrganisationOption } from '../../api/contract/dossier/needs';
import type { AppContext } from '../context';
import { likePattern } from '../query/sql';

/** Organisations for the need form's picker (read straight from the organisations table). */
export function organisationOptions(
  ctx: AppContext,
  input: ParsedInputOf<'dossiers.organisationOptions'>,
): DossierOrganisationOption[] {
  const where = [isNull(organisations.mergedIntoId), eq(organisations.active, true)];
  if (input.search) where.push(sql`${organisations.name} LIKE ${likePattern(input.search)} ESCAPE '\\'`);
  return ctx
    .db()
    .select({ id: organisations.id, name: organisations.name, city: organisations.city })
    .from(organisations)
    .where(and(...where))
    .orderBy(asc(organisations.name))
    .limit(input.limit)
    .all();
}

export function contactOptions(ctx: AppContext, input: ParsedInputOf<'dossiers.contactOptions'>): DossierContactOption[] {
  return ctx
    .db()
    .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName, role: contacts.role })
    .from(contacts)
    .where(and(eq(contacts.organisationId, input.organisationId), isNull(contacts.erasedAt), eq(contacts.active, true)))
    .orderBy(asc(contacts.lastName), asc(contacts.firstName))
    .all()
    .map((c) => ({ id: c.id, name: [c.firstName, c.lastName].filter(Boolean).join(' '), role: c.role }));
}

/** The choices of the needs table's filter bar, in one call. */
export function filterOptions(ctx: AppContext): DossierFilterOptions {
  const db = ctx.db();
  const owners = db
    .selectDistinct({ owner: needs.owner })
    .from(needs)
    .where(ne(needs.owner, ''))
    .orderBy(asc(needs.owner))
    .limit(200)
    .all()
    .map((r) => r.owner);
  return {
    owners,
    themes: db
      .select({ id: themes.id, nameNl: themes.nameNl, nameEn: themes.nameEn })
      .from(themes)
      .where(eq(themes.active, true))
      .orderBy(asc(themes.sortOrder), asc(themes.nameNl))
      .all(),
    provinces: db.select({ code: provinces.code, name: provinces.name }).from(provinces).orderBy(asc(provinces.name)).all(),
    federations: db
      .select({ id: partners.id, name: partners.name })
      .from(partners)
      .where(and(eq(partners.kind, 'federatie'), eq(partners.active, true)))
      .orderBy(asc(partners.name))
      .all(),
    colleges: db
      .select({ id: colleges.id, name: colleges.shortName })
      .from(colleges)
      .where(eq(colleges.active, true))
      .orderBy(asc(colleges.shortName))
      .all(),
  };
}
