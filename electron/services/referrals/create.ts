import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { experts, referrals } from '../../../db/schema';
import type { FieldIssue } from '../../api/contract/errors';
import { closedNeedStatuses, needStatusLabelsNl } from '../../api/contract/dossier/lifecycle';
import { openReferralStatuses, type ReferralDestinationKind } from '../../api/contract/referral/lifecycle';
import { diffChanges, recordAudit } from '../audit';
import { AppError } from '../errors';
import { addTimelineEntry } from '../timeline';
import { checkDestination, type Destination } from './destinations';
import { describeDestination, fieldErrors, type NeedRecord } from './records';

export type NewReferral = {
  destinationKind: ReferralDestinationKind;
  destinationId: number;
  expertId: number | null;
  suggestion: Record<string, unknown> | null;
  note: string;
};

function destinationColumns(d: Destination) {
  return {
    expertiseGroupId: d.kind === 'expertisegroep' ? d.id : null,
    // A group carries its college too: the per-hogeschool figures count it there.
    collegeId: d.kind === 'expertisegroep' || d.kind === 'hogeschool' ? d.collegeId : null,
    partnerId: d.kind === 'universiteit' || d.kind === 'bedrijf' ? d.id : null,
  };
}

/** Everything that must hold before a referral is written; all problems at once, nothing written. */
export function checkNewReferral(tx: Tx, need: NeedRecord, input: NewReferral): Destination {
  if (closedNeedStatuses.includes(need.status)) {
    throw new AppError(
      'CONFLICT',
      `De hulpvraag is ‘${needStatusLabelsNl[need.status]}’; een afgesloten hulpvraag wordt niet meer doorverwezen.`,
    );
  }
  const issues: FieldIssue[] = [];
  const checked = checkDestination(tx, input.destinationKind, input.destinationId);
  if ('path' in checked) issues.push(checked);
  else {
    const cols = destinationColumns(checked);
    const sameDestination =
      checked.kind === 'expertisegroep'
        ? eq(referrals.expertiseGroupId, checked.id)
        : checked.kind === 'hogeschool'
          ? and(eq(referrals.collegeId, checked.id), isNull(referrals.expertiseGroupId))
          : eq(referrals.partnerId, cols.partnerId ?? 0);
    const open = tx
      .select({ id: referrals.id })
      .from(referrals)
      .where(and(eq(referrals.needId, need.id), inArray(referrals.status, [...openReferralStatuses]), sameDestination))
      .get();
    if (open)
      issues.push({
        path: 'destinationId',
        message: `Deze hulpvraag heeft al een open doorverwijzing naar ‘${checked.name}’ (nr. ${open.id}).`,
      });
  }
  if (input.expertId !== null) {
    const expert = tx
      .select({ id: experts.id })
      .from(experts)
      .where(and(eq(experts.id, input.expertId), eq(experts.active, true)))
      .get();
    if (!expert) issues.push({ path: 'expertId', message: 'Deze expert bestaat niet of is niet actief.' });
  }
  if (issues.length > 0 || 'path' in checked) throw fieldErrors(issues);
  return checked;
}

/** Writes a new referral (voorgesteld, or a child of a passed-on one), its timeline entry and audit row. */
export function insertReferral(
  tx: Tx,
  actor: string,
  now: string,
  need: NeedRecord,
  destination: Destination,
  input: NewReferral,
  parentId: number | null,
): number {
  const values = {
    needId: need.id,
    parentId,
    destinationKind: destination.kind,
    ...destinationColumns(destination),
    expertId: input.expertId,
    status: 'voorgesteld' as const,
    statusChangedAt: now,
    suggestion: input.suggestion,
    note: input.note,
  };
  const row = tx
    .insert(referrals)
    .values({ ...values, createdAt: now, updatedAt: now })
    .returning({ id: referrals.id })
    .get();
  addTimelineEntry(tx, actor, now, {
    kind: 'doorverwijzing',
    needId: need.id,
    organisationId: need.organisationId,
    summary: parentId
      ? `Doorgestuurd naar ${describeDestination(destination.kind, destination.name)}`
      : `Doorverwijzing voorgesteld naar ${describeDestination(destination.kind, destination.name)}`,
    body: input.note,
    data: { referralId: row.id, parentId, to: 'voorgesteld', fromSuggestion: input.suggestion !== null },
  });
  recordAudit(tx, actor, now, { entity: 'referral', entityId: row.id, action: 'create', changes: diffChanges(null, values) });
  return row.id;
}
