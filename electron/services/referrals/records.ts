import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { needs, referrals } from '../../../db/schema';
import type { FieldIssue } from '../../api/contract/errors';
import {
  canTransitionReferral,
  referralDestinationKindLabelsNl,
  referralStatusLabelsNl,
  type ReferralStatus,
} from '../../api/contract/referral/lifecycle';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { addTimelineEntry } from '../timeline';

type Reader = Db | Tx;
export type ReferralRecord = typeof referrals.$inferSelect;
export type NeedRecord = typeof needs.$inferSelect;

export function fieldErrors(issues: FieldIssue[]): AppError {
  return new AppError('VALIDATION', issues[0]?.message ?? 'Niet alle gegevens zijn geldig.', { issues });
}

export function requireReferral(db: Reader, id: number): ReferralRecord {
  const row = db.select().from(referrals).where(eq(referrals.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', `Doorverwijzing ${id} bestaat niet.`);
  return row;
}

export function requireNeedRecord(db: Reader, id: number): NeedRecord {
  const row = db.select().from(needs).where(eq(needs.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', `Hulpvraag ${id} bestaat niet.`);
  return row;
}

/** Refuses a move the lifecycle does not list, naming both statuses. */
export function checkMove(from: ReferralStatus, to: ReferralStatus): void {
  if (!canTransitionReferral(from, to)) {
    throw new AppError(
      'CONFLICT',
      `Een doorverwijzing met status ‘${referralStatusLabelsNl[from]}’ kan niet naar ‘${referralStatusLabelsNl[to]}’.`,
      { from, to },
    );
  }
}

export type StepLog = { summary: string; body?: string; data?: Record<string, unknown> };

/**
 * The one place a referral changes status: lifecycle check, the row update, a timeline entry in
 * the need's dossier and an audit row, all in the caller's transaction.
 */
export function applyStep(
  tx: Tx,
  actor: string,
  now: string,
  referral: ReferralRecord,
  to: ReferralStatus,
  set: Partial<typeof referrals.$inferInsert>,
  log: StepLog,
): void {
  checkMove(referral.status, to);
  tx.update(referrals)
    .set({ ...set, status: to, statusChangedAt: now, updatedAt: now })
    .where(eq(referrals.id, referral.id))
    .run();
  const need = requireNeedRecord(tx, referral.needId);
  addTimelineEntry(tx, actor, now, {
    kind: 'doorverwijzing',
    needId: need.id,
    organisationId: need.organisationId,
    summary: log.summary,
    body: log.body ?? '',
    data: { referralId: referral.id, from: referral.status, to, ...log.data },
  });
  const changes: Record<string, unknown> = { status: { from: referral.status, to } };
  for (const [key, value] of Object.entries(set)) {
    if (key === 'letter') changes[key] = { from: '…', to: '…' };
    else changes[key] = { from: (referral as Record<string, unknown>)[key] ?? null, to: value ?? null };
  }
  recordAudit(tx, actor, now, { entity: 'referral', entityId: referral.id, action: to, changes });
}

export function describeDestination(kind: ReferralRecord['destinationKind'], name: string): string {
  return `${referralDestinationKindLabelsNl[kind]} ‘${name}’`;
}
