import { eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db, Tx } from '../../../db/client';
import { colleges, expertiseGroups, needs, organisations, partners, referrals } from '../../../db/schema';
import { referralNextStep } from '../../api/contract/referral/lifecycle';
import type { ReferralRow } from '../../api/contract/referral/types';

type Reader = Db | Tx;

export const destinationCollege = alias(colleges, 'dest_college');

/** The destination's name in SQL, so the list can sort on it. */
export const destinationNameSql = sql<string>`COALESCE(${expertiseGroups.name}, ${partners.name}, ${destinationCollege.name}, '')`;

/** Still waiting for an answer after the deadline (today = Brussels calendar date). */
export function overdueSql(today: string): SQL<number> {
  return sql<number>`(${referrals.status} IN ('verstuurd', 'verlopen') AND ${referrals.responseDeadline} < ${today})`;
}

const childCount = sql<number>`(SELECT count(*) FROM referrals ch WHERE ch.parent_id = "referrals"."id")`;

export function rowSelection(today: string) {
  return {
    r: referrals,
    needTitle: needs.title,
    organisationName: organisations.name,
    destinationName: destinationNameSql,
    collegeName: sql<string | null>`COALESCE(NULLIF(${destinationCollege.shortName}, ''), ${destinationCollege.name})`,
    childCount,
    overdue: overdueSql(today),
  };
}

type Selected = {
  r: typeof referrals.$inferSelect;
  needTitle: string;
  organisationName: string | null;
  destinationName: string;
  collegeName: string | null;
  childCount: number;
  overdue: number;
};

/** The FROM with every join a referral row needs; callers add where/order/limit. */
export function selectRows(db: Reader, today: string) {
  return db
    .select(rowSelection(today))
    .from(referrals)
    .innerJoin(needs, eq(needs.id, referrals.needId))
    .leftJoin(organisations, eq(organisations.id, needs.organisationId))
    .leftJoin(expertiseGroups, eq(expertiseGroups.id, referrals.expertiseGroupId))
    .leftJoin(partners, eq(partners.id, referrals.partnerId))
    .leftJoin(destinationCollege, eq(destinationCollege.id, referrals.collegeId));
}

export function destinationIdOf(r: typeof referrals.$inferSelect): number {
  return r.expertiseGroupId ?? r.partnerId ?? r.collegeId ?? 0;
}

export function toRow(s: Selected): ReferralRow {
  const r = s.r;
  return {
    id: r.id,
    needId: r.needId,
    needTitle: s.needTitle,
    organisationName: s.organisationName,
    parentId: r.parentId,
    childCount: Number(s.childCount),
    destinationKind: r.destinationKind,
    destinationId: destinationIdOf(r),
    destinationName: s.destinationName,
    collegeId: r.collegeId,
    collegeName: s.collegeName,
    status: r.status,
    statusChangedAt: r.statusChangedAt,
    sentAt: r.sentAt,
    responseDeadline: r.responseDeadline,
    respondedAt: r.respondedAt,
    declineReason: r.declineReason,
    outcome: r.outcome,
    statusNote: r.statusNote,
    overdue: Boolean(s.overdue),
    nextStep: Boolean(s.overdue) && r.status === 'verstuurd' ? 'chase' : referralNextStep[r.status],
    updatedAt: r.updatedAt,
  };
}

export function readRow(db: Reader, id: number, today: string): ReferralRow | null {
  const s = selectRows(db, today).where(eq(referrals.id, id)).get();
  return s ? toRow(s) : null;
}
