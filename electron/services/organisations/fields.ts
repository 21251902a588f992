import { and, asc, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import {
  contacts,
  type legalForms as schemaLegalForms,
  type organisationSizes as schemaSizes,
  organisationFederations,
  organisations,
  partners,
  provinces,
} from '../../../db/schema';
import type { FieldIssue, ParsedInputOf } from '../../api/contract';
import { type legalForms, type organisationSizes } from '../../api/contract/organisations';
import { formatEnterpriseNumber } from '../../api/contract/rules/enterprise-number';
import { emailDomain, normalizeOrganisationName, websiteDomain } from '../../api/contract/rules/names';
import { provinceForPostcode } from '../../api/contract/rules/postcode';
import { AppError } from '../errors';

// The contract keeps its own copy of these enums (it is bundled into the renderer); fail to
// compile when the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const enumsMatch: [
  Same<(typeof legalForms)[number], (typeof schemaLegalForms)[number]>,
  Same<(typeof organisationSizes)[number], (typeof schemaSizes)[number]>,
] = [true, true];
void enumsMatch;

type OrganisationInput = ParsedInputOf<'organisations.create'>;
type Reader = Db | Tx;

/** The columns an organisation's input becomes, with everything derived filled in. */
export type OrganisationValues = {
  name: string;
  normalizedName: string;
  legalForm: (typeof legalForms)[number] | null;
  enterpriseNumber: string | null;
  street: string;
  postcode: string | null;
  city: string;
  provinceCode: string | null;
  provinceOverridden: boolean;
  sector: string;
  size: (typeof organisationSizes)[number] | null;
  website: string;
  notes: string;
};

function fail(issues: FieldIssue[]): never {
  throw new AppError('VALIDATION', 'Niet alle gegevens zijn geldig. Kijk de gemarkeerde velden na.', { issues });
}

/**
 * Checks what the schema alone cannot (the province, the federations, a unique enterprise
 * number) and derives the stored columns. Throws VALIDATION with field issues; writes nothing.
 */
export function resolveOrganisationValues(db: Reader, input: OrganisationInput, excludeId?: number): OrganisationValues {
  const issues: FieldIssue[] = [];
  const postcode = input.postcode ?? null;
  let provinceCode = postcode ? provinceForPostcode(postcode) : null;
  const overridden = input.provinceOverridden && Boolean(input.provinceCode);
  if (overridden) {
    const known = db
      .select({ code: provinces.code })
      .from(provinces)
      .where(eq(provinces.code, input.provinceCode ?? ''))
      .get();
    if (known) provinceCode = known.code;
    else issues.push({ path: 'provinceCode', message: 'Kies een provincie uit de lijst.' });
  }
  const federationIds = [...new Set(input.federationIds)];
  if (federationIds.length > 0) {
    const found = db
      .select({ id: partners.id })
      .from(partners)
      .where(and(inArray(partners.id, federationIds), eq(partners.kind, 'federatie')))
      .all();
    if (found.length !== federationIds.length) issues.push({ path: 'federationIds', message: 'Kies federaties uit de lijst.' });
  }
  const enterpriseNumber = input.enterpriseNumber ?? null;
  if (enterpriseNumber) {
    const owner = db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(and(eq(organisations.enterpriseNumber, enterpriseNumber), excludeId ? ne(organisations.id, excludeId) : undefined))
      .get();
    if (owner) {
      issues.push({
        path: 'enterpriseNumber',
        message: `Ondernemingsnummer ${formatEnterpriseNumber(enterpriseNumber)} is al in gebruik door ${owner.name}.`,
      });
    }
  }
  if (issues.length > 0) fail(issues);
  return {
    name: input.name,
    normalizedName: normalizeOrganisationName(input.name),
    legalForm: input.legalForm ?? null,
    enterpriseNumber,
    street: input.street,
    postcode,
    city: input.city,
    provinceCode,
    provinceOverridden: overridden,
    sector: input.sector,
    size: input.size ?? null,
    website: input.website,
    notes: input.notes,
  };
}

/** websiteDomain(website), else the e-mail domain of the first contact that has a useful one. */
export function deriveEmailDomain(db: Reader, organisationId: number | null, website: string): string | null {
  const fromWebsite = websiteDomain(website);
  if (fromWebsite || organisationId === null) return fromWebsite;
  const rows = db
    .select({ email: contacts.email })
    .from(contacts)
    .where(and(eq(contacts.organisationId, organisationId), isNotNull(contacts.email)))
    .orderBy(asc(contacts.id))
    .all();
  for (const row of rows) {
    const domain = row.email ? emailDomain(row.email) : null;
    if (domain) return domain;
  }
  return null;
}

/** Keeps organisations.emailDomain in step after a contact's e-mail changed. */
export function refreshEmailDomain(tx: Tx, organisationId: number): void {
  const org = tx
    .select({ website: organisations.website, emailDomain: organisations.emailDomain })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get();
  if (!org) return;
  const domain = deriveEmailDomain(tx, organisationId, org.website);
  if (domain !== org.emailDomain)
    tx.update(organisations).set({ emailDomain: domain }).where(eq(organisations.id, organisationId)).run();
}

export function federationIdsOf(db: Reader, organisationId: number): number[] {
  return db
    .select({ id: organisationFederations.partnerId })
    .from(organisationFederations)
    .where(eq(organisationFederations.organisationId, organisationId))
    .orderBy(asc(organisationFederations.partnerId))
    .all()
    .map((r) => r.id);
}
