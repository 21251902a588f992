import { asc, eq } from 'drizzle-orm';
import { organisationFederations, organisations } from '../../../../db/schema';
import { normalizeOrganisationName, websiteDomain } from '../../../api/contract/rules/names';
import { diffChanges } from '../../audit';
import { addedIds, createdChanges, fieldChanges } from './changes';
import { trace, type CommitScope } from './record';
import { ORG_UPDATABLE } from './steps';
import type { Change, ImportPolicy, OrganisationFields } from './types';

type LegalForm = (typeof organisations.$inferInsert)['legalForm'];

/** The organisation row a create step inserts (the commit inserts them all at once, see create.ts). */
export function organisationValues(fields: OrganisationFields, contactDomain: string | null) {
  return {
    name: fields.name,
    normalizedName: normalizeOrganisationName(fields.name),
    legalForm: fields.legalForm as LegalForm,
    enterpriseNumber: fields.enterpriseNumber,
    street: fields.street,
    postcode: fields.postcode,
    city: fields.city,
    provinceCode: fields.provinceCode,
    sector: fields.sector,
    website: fields.website,
    emailDomain: websiteDomain(fields.website) ?? contactDomain,
  };
}

export type OrganisationValues = ReturnType<typeof organisationValues>;

/** The rest of a created organisation, in its row's turn: its federations, provenance and audit. */
export function createOrganisation(
  scope: CommitScope,
  sourceRow: number,
  id: number,
  values: OrganisationValues,
  federationIds: number[],
): number {
  for (const partnerId of federationIds) scope.statements.federation.run({ organisationId: id, partnerId });
  const after = { ...values, federationIds, updatedAt: scope.at };
  trace(scope, sourceRow, 'organisation', id, 'created', {
    after,
    audit: createdChanges({ ...values, federationIds }),
  });
  return id;
}

/**
 * Applies the policy to the organisation as it is at commit time (the plan may be older); only
 * the changed fields are written and remembered, with their previous values, for undo.
 */
export function updateOrganisation(
  scope: CommitScope,
  sourceRow: number,
  id: number,
  step: { fields: OrganisationFields; federationIds: number[] },
  policy: ImportPolicy,
  contactDomain: string | null,
): 'updated' | 'skipped' {
  const org = scope.tx.select().from(organisations).where(eq(organisations.id, id)).get();
  if (!org) return 'skipped';
  const changes: Record<string, Change> = fieldChanges(org, step.fields, ORG_UPDATABLE, policy);
  if (changes.postcode && !org.provinceOverridden && step.fields.provinceCode !== org.provinceCode)
    changes.provinceCode = { from: org.provinceCode, to: step.fields.provinceCode };
  const website = (changes.website?.to as string | undefined) ?? org.website;
  const domain = websiteDomain(website) ?? org.emailDomain ?? contactDomain;
  if (policy !== 'skip' && domain !== org.emailDomain) changes.emailDomain = { from: org.emailDomain, to: domain };
  const current = scope.tx
    .select({ id: organisationFederations.partnerId })
    .from(organisationFederations)
    .where(eq(organisationFederations.organisationId, id))
    .orderBy(asc(organisationFederations.partnerId))
    .all()
    .map((r) => r.id);
  const added = addedIds(current, step.federationIds, policy);
  if (Object.keys(changes).length === 0 && added.length === 0) {
    trace(scope, sourceRow, 'organisation', id, 'skipped', {
      note:
        policy === 'skip' ? 'Bestaande organisatie niet gewijzigd (beleid: overslaan).' : 'Bestaande organisatie: niets nieuws.',
    });
    return 'skipped';
  }
  const before: Record<string, unknown> = { updatedAt: org.updatedAt };
  const after: Record<string, unknown> = { updatedAt: scope.at };
  for (const [key, change] of Object.entries(changes)) {
    before[key] = change.from;
    after[key] = change.to;
  }
  const set = Object.fromEntries(Object.entries(changes).map(([k, c]) => [k, c.to]));
  scope.tx
    .update(organisations)
    .set({ ...set, updatedAt: scope.at })
    .where(eq(organisations.id, id))
    .run();
  if (added.length > 0) {
    scope.tx
      .insert(organisationFederations)
      .values(added.map((partnerId) => ({ organisationId: id, partnerId })))
      .run();
    before.federationIds = current;
    after.federationIds = [...current, ...added].sort((a, b) => a - b);
  }
  trace(scope, sourceRow, 'organisation', id, 'updated', {
    before,
    after,
    audit: diffChanges(before, after),
  });
  return 'updated';
}
