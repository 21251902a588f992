import { and, eq, inArray, ne } from 'drizzle-orm';
import { merges, organisationFederations, organisations } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import { formatEnterpriseNumber } from '../../api/contract/rules/enterprise-number';
import { recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { addTimelineEntry } from '../timeline';
import { moveRowsBack, type MergeSnapshot, type OrganisationRecord } from './merge';

/**
 * Undoes a merge from its snapshot, in one transaction: moved rows go back, the merged
 * organisation returns exactly as it was, and each survivor field the merge filled is emptied
 * again unless the coordinator has changed it since.
 */
export function undoMerge(
  ctx: AppContext,
  input: ParsedInputOf<'organisations.undoMerge'>,
): { survivorId: number; mergedId: number } {
  const at = ctx.now().toISOString();
  return ctx.db().transaction((tx) => {
    const merge = tx.select().from(merges).where(eq(merges.id, input.mergeId)).get();
    if (!merge || merge.entity !== 'organisation') throw new AppError('NOT_FOUND', `Samenvoeging ${input.mergeId} bestaat niet.`);
    if (merge.undoneAt) throw new AppError('CONFLICT', 'Deze samenvoeging werd al ongedaan gemaakt.');
    const snapshot = merge.snapshot as MergeSnapshot;
    const survivor = tx.select().from(organisations).where(eq(organisations.id, merge.survivorId)).get();
    const merged = tx.select().from(organisations).where(eq(organisations.id, merge.mergedId)).get();
    if (!survivor || !merged) throw new AppError('NOT_FOUND', 'Een van de samengevoegde organisaties bestaat niet meer.');
    if (survivor.mergedIntoId !== null) {
      throw new AppError(
        'CONFLICT',
        `${survivor.name} werd intussen zelf samengevoegd met een andere organisatie. Maak eerst die samenvoeging ongedaan.`,
      );
    }
    if (merged.mergedIntoId !== survivor.id)
      throw new AppError('CONFLICT', 'Deze samenvoeging kan niet meer ongedaan gemaakt worden.');

    // Survivor: only fields that still hold what the merge put there go back.
    const before = snapshot.survivorBefore;
    const restore: Partial<OrganisationRecord> = {};
    for (const field of snapshot.filled) {
      if (survivor[field] === snapshot.merged[field]) Object.assign(restore, { [field]: before[field] });
    }
    if ('provinceCode' in restore) restore.provinceOverridden = before.provinceOverridden;
    const untouchedSince = survivor.updatedAt === merge.at && Object.keys(restore).length === snapshot.filled.length;
    restore.updatedAt = untouchedSince ? before.updatedAt : at;
    tx.update(organisations).set(restore).where(eq(organisations.id, survivor.id)).run();

    const kbo = snapshot.merged.enterpriseNumber;
    if (kbo) {
      const holder = tx
        .select({ name: organisations.name })
        .from(organisations)
        .where(and(eq(organisations.enterpriseNumber, kbo), ne(organisations.id, merged.id)))
        .get();
      if (holder) {
        throw new AppError(
          'CONFLICT',
          `Ondernemingsnummer ${formatEnterpriseNumber(kbo)} is intussen in gebruik door ${holder.name}. Pas dat eerst aan.`,
        );
      }
    }
    const { id: _id, ...mergedFields } = snapshot.merged;
    tx.update(organisations).set(mergedFields).where(eq(organisations.id, merged.id)).run();

    moveRowsBack(tx, snapshot.moved, survivor.id, merged.id);
    const { moved, dropped } = snapshot.federations;
    if (moved.length > 0) {
      tx.delete(organisationFederations)
        .where(and(eq(organisationFederations.organisationId, survivor.id), inArray(organisationFederations.partnerId, moved)))
        .run();
    }
    const back = [...moved, ...dropped];
    if (back.length > 0) {
      tx.insert(organisationFederations)
        .values(back.map((partnerId) => ({ organisationId: merged.id, partnerId })))
        .onConflictDoNothing()
        .run();
    }

    tx.update(merges).set({ undoneAt: at }).where(eq(merges.id, merge.id)).run();
    addTimelineEntry(tx, ctx.actor, at, {
      kind: 'samenvoeging',
      organisationId: survivor.id,
      summary: `Samenvoeging met ${merged.name} ongedaan gemaakt`,
      data: { mergeId: merge.id, mergedId: merged.id, undone: true },
    });
    recordAudit(tx, ctx.actor, at, {
      entity: 'organisation',
      entityId: survivor.id,
      action: 'undoMerge',
      changes: { mergeId: merge.id, mergedId: merged.id, restored: Object.keys(restore).filter((k) => k !== 'updatedAt') },
    });
    recordAudit(tx, ctx.actor, at, {
      entity: 'organisation',
      entityId: merged.id,
      action: 'unmerged',
      changes: { mergeId: merge.id, mergedIntoId: { from: survivor.id, to: null } },
    });
    return { survivorId: survivor.id, mergedId: merged.id };
  });
}
