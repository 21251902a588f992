import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { organisationFederations, organisations } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import { websiteDomain } from '../../api/contract/rules/names';
import { diffChanges, recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { guardDuplicates } from './duplicates';
import { deriveEmailDomain, federationIdsOf, resolveOrganisationValues } from './fields';

/** The organisation as it is now, refusing ids that do not exist or were merged away. */
export function loadLiveOrganisation(tx: Tx, id: number) {
  const row = tx.select().from(organisations).where(eq(organisations.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', `Organisatie ${id} bestaat niet.`);
  if (row.mergedIntoId !== null) {
    const survivor = tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, row.mergedIntoId))
      .get();
    throw new AppError(
      'CONFLICT',
      `${row.name} werd samengevoegd met ${survivor?.name ?? 'een andere organisatie'} en kan niet meer gewijzigd worden.`,
    );
  }
  return row;
}

function setFederations(tx: Tx, organisationId: number, ids: number[]): void {
  tx.delete(organisationFederations).where(eq(organisationFederations.organisationId, organisationId)).run();
  const unique = [...new Set(ids)];
  if (unique.length > 0)
    tx.insert(organisationFederations)
      .values(unique.map((partnerId) => ({ organisationId, partnerId })))
      .run();
}

export function createOrganisation(ctx: AppContext, input: ParsedInputOf<'organisations.create'>): { id: number } {
  const at = ctx.now().toISOString();
  return ctx.db().transaction((tx) => {
    const values = resolveOrganisationValues(tx, input);
    guardDuplicates(tx, { name: values.name, postcode: values.postcode, website: values.website }, input.confirmDuplicate);
    const row = tx
      .insert(organisations)
      .values({ ...values, emailDomain: deriveEmailDomain(tx, null, values.website), createdAt: at, updatedAt: at })
      .returning({ id: organisations.id })
      .get();
    setFederations(tx, row.id, input.federationIds);
    const federationIds = [...new Set(input.federationIds)].sort((a, b) => a - b);
    recordAudit(tx, ctx.actor, at, {
      entity: 'organisation',
      entityId: row.id,
      action: 'create',
      changes: {
        ...diffChanges(null, { ...values, federationIds }),
        ...(input.confirmDuplicate ? { duplicateConfirmed: true } : {}),
      },
    });
    return { id: row.id };
  });
}

export function updateOrganisation(ctx: AppContext, input: ParsedInputOf<'organisations.update'>): { id: number } {
  const at = ctx.now().toISOString();
  return ctx.db().transaction((tx) => {
    const before = loadLiveOrganisation(tx, input.id);
    const values = resolveOrganisationValues(tx, input, input.id);
    // Only what the guard compares can make a new look-alike: editing notes of a known
    // look-alike should not ask for confirmation again.
    const guardChanged =
      values.normalizedName !== before.normalizedName ||
      values.postcode !== before.postcode ||
      websiteDomain(values.website) !== websiteDomain(before.website);
    if (guardChanged) {
      guardDuplicates(
        tx,
        { name: values.name, postcode: values.postcode, website: values.website, excludeId: input.id },
        input.confirmDuplicate,
      );
    }
    const federationsBefore = federationIdsOf(tx, input.id);
    const federationIds = [...new Set(input.federationIds)].sort((a, b) => a - b);
    const after = { ...values, emailDomain: deriveEmailDomain(tx, input.id, values.website) };
    const changes: Record<string, unknown> = diffChanges(before, after);
    if (JSON.stringify(federationsBefore) !== JSON.stringify(federationIds)) {
      changes.federationIds = { from: federationsBefore, to: federationIds };
      setFederations(tx, input.id, federationIds);
    }
    if (Object.keys(changes).length === 0) return { id: input.id };
    tx.update(organisations)
      .set({ ...after, updatedAt: at })
      .where(eq(organisations.id, input.id))
      .run();
    recordAudit(tx, ctx.actor, at, { entity: 'organisation', entityId: input.id, action: 'update', changes });
    return { id: input.id };
  });
}

export function setOrganisationActive(
  ctx: AppContext,
  input: ParsedInputOf<'organisations.setActive'>,
): { id: number; active: boolean } {
  const at = ctx.now().toISOString();
  return ctx.db().transaction((tx) => {
    const before = loadLiveOrganisation(tx, input.id);
    if (before.active === input.active) return { id: input.id, active: input.active };
    tx.update(organisations).set({ active: input.active, updatedAt: at }).where(eq(organisations.id, input.id)).run();
    recordAudit(tx, ctx.actor, at, {
      entity: 'organisation',
      entityId: input.id,
      action: input.active ? 'reactivate' : 'deactivate',
      changes: { active: { from: before.active, to: input.active } },
    });
    return { id: input.id, active: input.active };
  });
}
