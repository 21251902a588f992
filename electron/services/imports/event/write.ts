import { eq } from 'drizzle-orm';
import { eventParticipants } from '../../../../db/schema';
import { trace, type CommitScope } from '../commit/record';
import { insertedId } from '../commit/statements';
import type { ImportPlan, ParticipantRef } from '../commit/types';

/** The records one row wrote or matched, by row index: registrations link to them. */
export type RowIds = { organisationId: number | null; contactId: number | null; needId: number | null; expertId: number | null };

/**
 * Event target, after every row's dossier records exist: the registrations, then the meeting
 * requests between them (an academic created by a later row is already there). Every record is
 * traced in import_rows, so undo removes it with the rest of the batch.
 */
export function writeEventRegistrations(scope: CommitScope, plan: ImportPlan, rowIds: Map<number, RowIds>): void {
  const event = plan.event;
  if (!event) return;
  const created = new Map<number, number>();
  for (const row of plan.rows) {
    const step = row.participant;
    if (row.status !== 'ok' || step?.action !== 'create') continue;
    const ids = rowIds.get(row.index);
    const academic = step.side === 'academicus';
    const values = {
      eventId: event.id,
      side: step.side,
      organisationId: academic ? null : (ids?.organisationId ?? null),
      contactId: academic ? null : (ids?.contactId ?? null),
      needId: academic ? null : (ids?.needId ?? null),
      expertId: academic ? (ids?.expertId ?? null) : null,
      collegeId: step.collegeId,
      displayName: step.displayName,
      availability: step.availability,
      sourceRow: row.sourceRow,
      notes: step.notes,
    };
    const id = insertedId(scope.statements.participant.run({ ...values, importBatchId: scope.batchId, at: scope.at }));
    created.set(row.index, id);
    trace(scope, row.sourceRow, 'event_participant', id, 'created', {
      after: { ...values, status: 'ingeschreven', updatedAt: scope.at },
      audit: { eventId: event.id, side: step.side, displayName: step.displayName },
    });
  }
  const resolve = (ref: ParticipantRef): number | null => ('id' in ref ? ref.id : (created.get(ref.newOfRow) ?? null));
  for (const row of plan.rows) {
    for (const meeting of row.meetings) {
      if (meeting.action !== 'create') continue;
      const requesterId = resolve(meeting.requester);
      const targetId = resolve(meeting.target);
      if (requesterId === null || targetId === null) continue;
      const values = { eventId: event.id, requesterId, targetId, priority: 'graag', source: 'import', status: 'gevraagd' };
      const id = insertedId(scope.statements.meeting.run({ ...values, at: scope.at }));
      trace(scope, row.sourceRow, 'event_meeting', id, 'created', {
        after: { ...values, mutual: false, updatedAt: scope.at },
        audit: { eventId: event.id, requesterId, targetId },
      });
    }
  }
  // A registration that already existed is matched, not written: say so in the provenance.
  for (const row of plan.rows) {
    const step = row.participant;
    if (row.status === 'ok' && step?.action === 'existing') {
      const still = scope.tx
        .select({ id: eventParticipants.id })
        .from(eventParticipants)
        .where(eq(eventParticipants.id, step.id))
        .get();
      if (still)
        trace(scope, row.sourceRow, 'event_participant', step.id, 'skipped', { note: 'Al ingeschreven voor dit event.' });
    }
  }
}
