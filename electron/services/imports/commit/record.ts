import type { Tx } from '../../../../db/client';
import { insertedId, type CommitStatements } from './statements';

export type ImportEntity =
  'organisation' | 'contact' | 'need' | 'expert' | 'event_participant' | 'event_meeting' | 'timeline_entry' | 'row';
export type Tally = { created: number; updated: number; skipped: number };

/** What every write of one commit shares: the transaction, who, when, the batch and its tallies. */
export type CommitScope = {
  tx: Tx;
  /** The per-row inserts, prepared once for this commit. */
  statements: CommitStatements;
  actor: string;
  at: string;
  batchId: number;
  fileName: string;
  tally: Record<Exclude<ImportEntity, 'timeline_entry' | 'row'>, Tally>;
  skippedRows: number;
};

/** Provenance + audit for one record the batch touched. */
export function trace(
  scope: CommitScope,
  sourceRow: number,
  entity: ImportEntity,
  entityId: number | null,
  action: 'created' | 'updated' | 'skipped',
  snapshot: { before?: Record<string, unknown>; after?: Record<string, unknown>; note?: string; audit?: Record<string, unknown> },
): void {
  scope.statements.importRow.run({
    batchId: scope.batchId,
    sourceRow,
    entity,
    entityId,
    action,
    before: snapshot.before ?? {},
    after: snapshot.after ?? {},
    note: snapshot.note ?? '',
  });
  if (entity !== 'timeline_entry' && entity !== 'row') scope.tally[entity][action]++;
  if (action !== 'skipped' && entityId !== null && entity !== 'timeline_entry') {
    scope.statements.audit.run({
      at: scope.at,
      actor: scope.actor,
      entity,
      entityId: String(entityId),
      action: 'import',
      changes: { batchId: scope.batchId, sourceRow, ...(snapshot.audit ?? {}) },
    });
  }
}

/** "Geïmporteerd uit <file>, rij N" on the organisation's (and the need's) timeline, traced for undo. */
export function importedEntry(
  scope: CommitScope,
  sourceRow: number,
  target: { organisationId: number | null; needId?: number | null; contactId?: number | null },
  detail: string,
): void {
  const id = insertedId(
    scope.statements.timeline.run({
      organisationId: target.organisationId,
      needId: target.needId ?? null,
      contactId: target.contactId ?? null,
      at: scope.at,
      actor: scope.actor,
      summary: `Geïmporteerd uit ${scope.fileName}, rij ${sourceRow}`,
      body: detail,
      data: { batchId: scope.batchId, sourceRow },
    }),
  );
  trace(scope, sourceRow, 'timeline_entry', id, 'created', {});
}
