import { asc, eq, isNotNull } from 'drizzle-orm';
import { colleges, expertiseGroups, referrals } from '../../../db/schema';
import {
  openReferralStatuses,
  referralDeclineReasonValues,
  referralDestinationKindValues,
  referralOutcomeValues,
  type ReferralDeclineReason,
  type ReferralDestinationKind,
  type ReferralOutcome,
} from '../../api/contract/referral/lifecycle';
import type { DestinationFigures, ReferralFigures } from '../../api/contract/referral/types';
import type { AppContext } from '../context';
import { brusselsDate } from '../time';
import { workingDaysBetween } from './working-days';

type Sent = {
  kind: ReferralDestinationKind;
  groupId: number | null;
  collegeId: number | null;
  status: (typeof referrals.$inferSelect)['status'];
  sentAt: string;
  respondedAt: string | null;
  deadline: string | null;
  declineReason: ReferralDeclineReason | null;
  outcome: ReferralOutcome | null;
};

const accepted = new Set(['aanvaard', 'lopend', 'afgerond']);

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function responseDays(r: Sent): number | null {
  return r.respondedAt ? workingDaysBetween(brusselsDate(new Date(r.sentAt)), brusselsDate(new Date(r.respondedAt))) : null;
}

function figuresOf(
  base: { id: number; name: string; collegeName: string | null },
  rows: Sent[],
  today: string,
): DestinationFigures {
  const f: DestinationFigures = {
    ...base,
    received: rows.length,
    accepted: 0,
    declined: 0,
    passedOn: 0,
    declinedByReason: zeroes(referralDeclineReasonValues),
    open: 0,
    overdue: 0,
    medianResponseDays: null,
    outcomes: zeroes(referralOutcomeValues),
  };
  const times: number[] = [];
  for (const r of rows) {
    if (accepted.has(r.status)) f.accepted += 1;
    if (r.status === 'geweigerd') {
      f.declined += 1;
      if (r.declineReason) f.declinedByReason[r.declineReason] += 1;
    }
    if (r.status === 'doorgestuurd') f.passedOn += 1;
    if (openReferralStatuses.includes(r.status)) f.open += 1;
    if ((r.status === 'verstuurd' || r.status === 'verlopen') && r.deadline !== null && r.deadline < today) f.overdue += 1;
    if (r.status === 'afgerond' && r.outcome) f.outcomes[r.outcome] += 1;
    const days = responseDays(r);
    if (days !== null) times.push(days);
  }
  f.medianResponseDays = median(times);
  return f;
}

/**
 * Referral figures per hogeschool (a group's referrals count for its college too) and per
 * expertise group, for referrals SENT in the period (Brussels dates, bounds included). Reused by
 * the reports area; every number can be recounted from the referrals table.
 */
export function referralFigures(ctx: AppContext, period: { from: string | null; to: string | null }): ReferralFigures {
  const db = ctx.db();
  const today = brusselsDate(ctx.now());
  const sent: Sent[] = db
    .select({
      kind: referrals.destinationKind,
      groupId: referrals.expertiseGroupId,
      collegeId: referrals.collegeId,
      status: referrals.status,
      sentAt: referrals.sentAt,
      respondedAt: referrals.respondedAt,
      deadline: referrals.responseDeadline,
      declineReason: referrals.declineReason,
      outcome: referrals.outcome,
    })
    .from(referrals)
    .where(isNotNull(referrals.sentAt))
    .all()
    .filter((r): r is Sent => {
      if (r.sentAt === null) return false;
      const day = brusselsDate(new Date(r.sentAt));
      return (period.from === null || day >= period.from) && (period.to === null || day <= period.to);
    });

  const collegeRows = db.select().from(colleges).orderBy(asc(colleges.name)).all();
  const collegeFigures = collegeRows
    .filter((c) => c.active || sent.some((r) => r.collegeId === c.id))
    .map((c) =>
      figuresOf(
        { id: c.id, name: c.name, collegeName: c.shortName },
        sent.filter((r) => r.collegeId === c.id),
        today,
      ),
    );

  const groupIds = [...new Set(sent.map((r) => r.groupId).filter((id): id is number => id !== null))];
  const groups = db
    .select({ id: expertiseGroups.id, name: expertiseGroups.name, college: colleges.shortName })
    .from(expertiseGroups)
    .innerJoin(colleges, eq(colleges.id, expertiseGroups.collegeId))
    .all()
    .filter((g) => groupIds.includes(g.id))
    .map((g) =>
      figuresOf(
        { id: g.id, name: g.name, collegeName: g.college },
        sent.filter((r) => r.groupId === g.id),
        today,
      ),
    )
    .sort((a, b) => b.received - a.received || a.name.localeCompare(b.name, 'nl'));

  const byDestinationKind = Object.fromEntries(
    referralDestinationKindValues.map((kind) => {
      const rows = sent.filter((r) => r.kind === kind);
      const f = figuresOf({ id: 0, name: kind, collegeName: null }, rows, today);
      return [kind, { received: f.received, accepted: f.accepted, medianResponseDays: f.medianResponseDays }];
    }),
  ) as ReferralFigures['byDestinationKind'];

  return { from: period.from, to: period.to, colleges: collegeFigures, groups, byDestinationKind };
}
