import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import {
  attachments,
  contacts,
  merges,
  needs,
  organisationFederations,
  organisations,
  tasks,
  timelineEntries,
} from '../../../db/schema';
import type { MergeResult, ParsedInputOf } from '../../api/contract';
import { recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { addTimelineEntry } from '../timeline';
import { federationIdsOf } from './fields';

/** Tables whose rows belong to an organisation and move to the survivor. */
export const movedTables = { contacts, needs, timelineEntries, tasks, attachments } as const;
export type MovedTable = keyof typeof movedTables;

export type OrganisationRecord = typeof organisations.$inferSelect;

/** Empty fields of the survivor that the merged organisation may fill. */
export const fillableFields = [
  'legalForm',
  'enterpriseNumber',
  'street',
  'postcode',
  'city',
  'provinceCode',
  'sector',
  'size',
  'website',
  'emailDomain',
  'notes',
] as const;
export type FillableField = (typeof fillableFields)[number];

/** Everything undoMerge needs to put both organisations back exactly as they were. */
export type MergeSnapshot = {
  moved: Record<MovedTable, number[]>;
  federations: { moved: number[]; dropped: number[] };
  filled: FillableField[];
  survivorBefore: OrganisationRecord;
  merged: OrganisationRecord;
};

function isEmpty(value: unknown): boolean {
  return value === null || value === '';
}

function loadForMerge(tx: Tx, id: number): OrganisationRecord {
  const row = tx.select().from(organisations).where(eq(organisations.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', `Organisatie ${id} bestaat niet.`);
  if (row.mergedIntoId !== null) {
    const into = tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, row.mergedIntoId)).get();
    throw new AppError('CONFLICT', `${row.name} werd al samengevoegd met ${into?.name ?? 'een andere organisatie'}.`);
  }
  return row;
}

function moveRows(tx: Tx, fromId: number, toId: number): Record<MovedTable, number[]> {
  const moved = {} as Record<MovedTable, number[]>;
  for (const [name, table] of Object.entries(movedTables) as [MovedTable, (typeof movedTables)[MovedTable]][]) {
    moved[name] = tx
      .select({ id: table.id })
      .from(table)
      .where(eq(table.organisationId, fromId))
      .all()
      .map((r) => r.id);
    if (moved[name].length > 0) tx.update(table).set({ organisationId: toId }).where(eq(table.organisationId, fromId)).run();
  }
  return moved;
}

function moveFederations(tx: Tx, survivorId: number, mergedId: number): MergeSnapshot['federations'] {
  const survivorFeds = new Set(federationIdsOf(tx, survivorId));
  const mergedFeds = federationIdsOf(tx, mergedId);
  const moved = mergedFeds.filter((id) => !survivorFeds.has(id));
  const dropped = mergedFeds.filter((id) => survivorFeds.has(id));
  tx.delete(organisationFederations).where(eq(organisationFederations.organisationId, mergedId)).run();
  if (moved.length > 0)
    tx.insert(organisationFederations)
      .values(moved.map((partnerId) => ({ organisationId: survivorId, partnerId })))
      .run();
  return { moved, dropped };
}

/**
 * Merges one organisation into another in one transaction: its contacts, needs, timeline, tasks,
 * attachments and federations move to the survivor, the survivor's empty fields are filled, and
 * the merged row stays (for references and undo) with mergedIntoId set.
 */
export function mergeOrganisations(ctx: AppContext, input: ParsedInputOf<'organisations.merge'>): MergeResult {
  if (input.survivorId === input.mergedId) {
    throw new AppError('VALIDATION', 'Een organisatie kan niet met zichzelf samengevoegd worden.', {
      issues: [{ path: 'mergedId', message: 'Kies een andere organisatie.' }],
    });
  }
  const at = ctx.now().toISOString();
  return ctx.db().transaction((tx) => {
    const survivor = loadForMerge(tx, input.survivorId);
    const merged = loadForMerge(tx, input.mergedId);
    const moved = moveRows(tx, merged.id, survivor.id);
    const federations = moveFederations(tx, survivor.id, merged.id);

    const filled = fillableFields.filter((f) => isEmpty(survivor[f]) && !isEmpty(merged[f]));
    const fill: Partial<OrganisationRecord> = Object.fromEntries(filled.map((f) => [f, merged[f]]));
    if (filled.includes('provinceCode')) fill.provinceOverridden = merged.provinceOverridden;
    // The enterprise number is unique: the merged row lets go of it before the survivor takes it.
    tx.update(organisations)
      .set({ mergedIntoId: survivor.id, active: false, enterpriseNumber: null, updatedAt: at })
      .where(eq(organisations.id, merged.id))
      .run();
    tx.update(organisations)
      .set({ ...fill, updatedAt: at })
      .where(eq(organisations.id, survivor.id))
      .run();

    const snapshot: MergeSnapshot = { moved, federations, filled, survivorBefore: survivor, merged };
    const mergeRow = tx
      .insert(merges)
      .values({ entity: 'organisation', survivorId: survivor.id, mergedId: merged.id, at, actor: ctx.actor, snapshot })
      .returning({ id: merges.id })
      .get();
    const counts = Object.fromEntries(Object.entries(moved).map(([k, ids]) => [k, ids.length]));
    addTimelineEntry(tx, ctx.actor, at, {
      kind: 'samenvoeging',
      organisationId: survivor.id,
      summary: `${merged.name} samengevoegd met ${survivor.name}`,
      data: { mergeId: mergeRow.id, mergedId: merged.id, moved: counts },
    });
    recordAudit(tx, ctx.actor, at, {
      entity: 'organisation',
      entityId: survivor.id,
      action: 'merge',
      changes: {
        mergeId: mergeRow.id,
        mergedId: merged.id,
        moved,
        federations,
        ...Object.fromEntries(filled.map((f) => [f, { from: survivor[f], to: merged[f] }])),
      },
    });
    recordAudit(tx, ctx.actor, at, {
      entity: 'organisation',
      entityId: merged.id,
      action: 'mergedInto',
      changes: {
        mergeId: mergeRow.id,
        mergedIntoId: { from: null, to: survivor.id },
        active: { from: merged.active, to: false },
      },
    });
    return { mergeId: mergeRow.id, survivorId: survivor.id, mergedId: merged.id, moved: counts };
  });
}

export function moveRowsBack(tx: Tx, moved: Record<MovedTable, number[]>, survivorId: number, mergedId: number): void {
  for (const [name, table] of Object.entries(movedTables) as [MovedTable, (typeof movedTables)[MovedTable]][]) {
    const ids = moved[name] ?? [];
    // Chunks keep the statement under SQLite's variable limit for very large organisations.
    for (let i = 0; i < ids.length; i += 500) {
      tx.update(table)
        .set({ organisationId: mergedId })
        .where(and(inArray(table.id, ids.slice(i, i + 500)), eq(table.organisationId, survivorId)))
        .run();
    }
  }
}
