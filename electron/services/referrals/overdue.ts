import { and, eq, lt } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { referrals, tasks } from '../../../db/schema';
import type { OverdueSweep } from '../../api/contract/referral/types';
import { recordAudit } from '../audit';
import type { AppContext } from '../context';
import { brusselsDate } from '../time';
import { addTimelineEntry } from '../timeline';
import { findDestination } from './destinations';
import { destinationIdOf } from './read';
import { applyStep, requireNeedRecord, type ReferralRecord } from './records';

/**
 * verstuurd → verlopen, plus ONE follow-up task: a referral enters `verlopen` only once (the
 * lifecycle has no way back to `verstuurd`), so the task cannot be created twice.
 */
export function expireOne(tx: Tx, actor: string, now: string, today: string, referral: ReferralRecord, note: string): boolean {
  const destination = findDestination(tx, referral.destinationKind, destinationIdOf(referral));
  const name = destination?.name ?? 'de bestemming';
  applyStep(
    tx,
    actor,
    now,
    referral,
    'verlopen',
    {},
    {
      summary: `Doorverwijzing verlopen: geen antwoord van ${name} vóór ${(referral.responseDeadline ?? '').split('-').reverse().join('/')}`,
      body: note,
    },
  );
  const need = requireNeedRecord(tx, referral.needId);
  const title = `Doorverwijzing naar ${name} opvolgen (geen antwoord)`;
  const task = tx
    .insert(tasks)
    .values({ needId: need.id, organisationId: need.organisationId, title, dueDate: today, createdAt: now, updatedAt: now })
    .returning({ id: tasks.id })
    .get();
  addTimelineEntry(tx, actor, now, {
    kind: 'taak',
    needId: need.id,
    organisationId: need.organisationId,
    summary: `Taak toegevoegd: ${title}`,
    data: { taskId: task.id, referralId: referral.id, dueDate: today },
  });
  recordAudit(tx, actor, now, {
    entity: 'task',
    entityId: task.id,
    action: 'create',
    changes: { title: { from: null, to: title }, referralId: { from: null, to: referral.id } },
  });
  return true;
}

/**
 * The check that turns sent referrals past their deadline into `verlopen`. Run when the
 * Doorverwijzingen page or the dashboard opens (and by `referrals.checkOverdue`): the coordinator
 * sees the result at once, and list reads stay read-only. One transaction for the whole sweep.
 */
export function checkOverdue(ctx: AppContext): OverdueSweep {
  const now = ctx.now().toISOString();
  const today = brusselsDate(ctx.now());
  return ctx.db().transaction((tx) => {
    const due = tx
      .select()
      .from(referrals)
      .where(and(eq(referrals.status, 'verstuurd'), lt(referrals.responseDeadline, today)))
      .all();
    for (const referral of due) expireOne(tx, ctx.actor, now, today, referral, '');
    return { expired: due.length, tasksCreated: due.length };
  });
}
