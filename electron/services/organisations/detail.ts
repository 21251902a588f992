import { and, asc, count, desc, eq, isNull, notInArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { contacts, merges, needs, organisationFederations, organisations, partners, provinces } from '../../../db/schema';
import type { OrganisationDetail } from '../../api/contract';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { contactColumns, toContactRow } from './contact-list';
import { closedNeedStatuses } from './list';

/** An organisation with its contacts, federations, needs counted and merge history. */
export function getOrganisation(ctx: AppContext, id: number): OrganisationDetail {
  const db = ctx.db();
  const org = db
    .select({ o: organisations, provinceName: provinces.name, inFlanders: provinces.inFlanders })
    .from(organisations)
    .leftJoin(provinces, eq(provinces.code, organisations.provinceCode))
    .where(eq(organisations.id, id))
    .get();
  if (!org) throw new AppError('NOT_FOUND', `Organisatie ${id} bestaat niet.`);
  const o = org.o;

  const federations = db
    .select({ id: partners.id, name: partners.name })
    .from(organisationFederations)
    .innerJoin(partners, eq(partners.id, organisationFederations.partnerId))
    .where(eq(organisationFederations.organisationId, id))
    .orderBy(asc(partners.name))
    .all();

  const contactRows = db
    .select(contactColumns)
    .from(contacts)
    .innerJoin(organisations, eq(organisations.id, contacts.organisationId))
    .where(and(eq(contacts.organisationId, id), isNull(contacts.erasedAt)))
    .orderBy(desc(contacts.active), asc(contacts.lastName), asc(contacts.firstName), asc(contacts.id))
    .all()
    .map(toContactRow);

  const total = db.select({ n: count() }).from(needs).where(eq(needs.organisationId, id)).get()?.n ?? 0;
  const open =
    db
      .select({ n: count() })
      .from(needs)
      .where(and(eq(needs.organisationId, id), notInArray(needs.status, [...closedNeedStatuses])))
      .get()?.n ?? 0;

  const merged = alias(organisations, 'merged');
  const history = db
    .select({
      id: merges.id,
      survivorId: merges.survivorId,
      mergedId: merges.mergedId,
      mergedName: merged.name,
      at: merges.at,
      actor: merges.actor,
      undoneAt: merges.undoneAt,
    })
    .from(merges)
    .innerJoin(merged, eq(merged.id, merges.mergedId))
    .where(and(eq(merges.survivorId, id), eq(merges.entity, 'organisation')))
    .orderBy(desc(merges.at), desc(merges.id))
    .all();

  const mergedInto =
    o.mergedIntoId === null
      ? null
      : (db
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(eq(organisations.id, o.mergedIntoId))
          .get() ?? null);

  return {
    id: o.id,
    name: o.name,
    legalForm: o.legalForm,
    enterpriseNumber: o.enterpriseNumber,
    street: o.street,
    postcode: o.postcode,
    city: o.city,
    provinceCode: o.provinceCode,
    provinceName: org.provinceName,
    provinceOverridden: o.provinceOverridden,
    outsideFlanders: org.inFlanders === false,
    sector: o.sector,
    size: o.size,
    website: o.website,
    emailDomain: o.emailDomain,
    notes: o.notes,
    active: o.active,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
    federations,
    contacts: contactRows,
    needs: { open, total },
    merges: history,
    mergedInto,
  };
}
