import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { needs, type needStatuses } from '../../../db/schema';
import {
  canTransition,
  closedNeedStatuses,
  needStatusLabelsNl,
  type needStatusValues,
  transitionNeedsReason,
  type NeedStatus,
} from '../../api/contract/dossier/lifecycle';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { addTimelineEntry } from '../timeline';
import { fieldErrors } from './checks';

// The contract's list and the schema's list must be the same values, in the same order.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const statusesMatch: Same<(typeof needStatusValues)[number], (typeof needStatuses)[number]> = true;
void statusesMatch;

type NeedState = { id: number; status: NeedStatus; organisationId: number | null };

export type StatusMove = {
  to: NeedStatus;
  reason: string;
  /** What caused the move when it was not a button press (an intake, a traject). */
  cause?: string;
};

/**
 * The one place a need changes status: checks the lifecycle table, keeps statusChangedAt and
 * closedAt, and leaves a timeline entry (who, when, why) and an audit row in the caller's
 * transaction.
 */
export function moveNeedStatus(tx: Tx, actor: string, now: string, need: NeedState, move: StatusMove): void {
  const from = need.status;
  const { to } = move;
  if (from === to) return;
  if (!canTransition(from, to)) {
    throw new AppError(
      'CONFLICT',
      `Een hulpvraag met status ‘${needStatusLabelsNl[from]}’ kan niet naar ‘${needStatusLabelsNl[to]}’.`,
      { from, to },
    );
  }
  const reason = move.reason.trim();
  if (transitionNeedsReason(from, to) && reason === '') {
    throw fieldErrors([
      {
        path: 'reason',
        message: to === 'gestopt' ? 'Geef een reden om de hulpvraag te stoppen.' : 'Geef een reden om de hulpvraag te heropenen.',
      },
    ]);
  }
  const closing = closedNeedStatuses.includes(to);
  tx.update(needs)
    .set({
      status: to,
      statusChangedAt: now,
      closedAt: closing ? now : null,
      stopReason: to === 'gestopt' ? reason : '',
      updatedAt: now,
    })
    .where(eq(needs.id, need.id))
    .run();
  const summary = `Status: ${needStatusLabelsNl[from]} → ${needStatusLabelsNl[to]}`;
  addTimelineEntry(tx, actor, now, {
    kind: 'status',
    needId: need.id,
    organisationId: need.organisationId,
    summary: move.cause ? `${summary} (${move.cause})` : summary,
    body: reason,
    data: { from, to, reason },
  });
  recordAudit(tx, actor, now, {
    entity: 'need',
    entityId: need.id,
    action: 'status',
    changes: { status: { from, to }, ...(reason ? { reason } : {}), ...(move.cause ? { cause: move.cause } : {}) },
  });
}

/** Moves only when the lifecycle allows it (used by intakes and trajects, which may come late). */
export function moveNeedStatusIfAllowed(tx: Tx, actor: string, now: string, need: NeedState, move: StatusMove): boolean {
  if (need.status === move.to || !canTransition(need.status, move.to)) return false;
  moveNeedStatus(tx, actor, now, need, move);
  return true;
}
