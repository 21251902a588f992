import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { timestamps } from './columns';
import { colleges, expertiseGroups, experts, partners } from './network';
import { needs } from './dossiers';
import {
  referralDeclineReasonValues as referralDeclineReasons,
  referralDestinationKindValues as referralDestinationKinds,
  referralOutcomeValues as referralOutcomes,
  referralStatusValues as referralStatuses,
} from '../../electron/api/contract/referral/lifecycle';

export { referralDeclineReasons, referralDestinationKinds, referralOutcomes, referralStatuses };

/**
 * The lifecycle order as one SQL expression, with literal values so the list's ORDER BY and the
 * expression index below are the same text (SQLite uses an expression index only on an exact match).
 */
export const referralStatusRankSql = sql.raw(
  `(CASE "status" ${referralStatuses.map((v, i) => `WHEN '${v}' THEN ${i}`).join(' ')} ELSE ${referralStatuses.length} END)`,
);

/**
 * A doorverwijzing of a need to one destination. Exactly one of expertiseGroupId / collegeId /
 * partnerId is set, per destinationKind (a group also carries its college for the figures).
 * Passing it on closes this one as `doorgestuurd` and creates a child with parentId.
 */
export const referrals = sqliteTable(
  'referrals',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    needId: integer()
      .notNull()
      .references(() => needs.id, { onDelete: 'restrict' }),
    parentId: integer().references((): AnySQLiteColumn => referrals.id, { onDelete: 'restrict' }),
    destinationKind: text({ enum: referralDestinationKinds }).notNull(),
    expertiseGroupId: integer().references(() => expertiseGroups.id, { onDelete: 'restrict' }),
    collegeId: integer().references(() => colleges.id, { onDelete: 'restrict' }),
    partnerId: integer().references(() => partners.id, { onDelete: 'restrict' }),
    /** The expert the referral went to, when known. */
    expertId: integer().references(() => experts.id, { onDelete: 'set null' }),
    status: text({ enum: referralStatuses }).notNull().default('voorgesteld'),
    statusChangedAt: text().notNull(),
    sentAt: text(),
    /** Calendar date (Europe/Brussels) by which the destination should answer. */
    responseDeadline: text(),
    respondedAt: text(),
    declineReason: text({ enum: referralDeclineReasons }),
    outcome: text({ enum: referralOutcomes }),
    /** Why declined / what came out of it / why cancelled, in the coordinator's words. */
    statusNote: text().notNull().default(''),
    closedAt: text(),
    /** The routing score parts at the time it was suggested (why this destination). */
    suggestion: text({ mode: 'json' }).$type<Record<string, unknown> | null>(),
    letter: text().notNull().default(''),
    note: text().notNull().default(''),
    /**
     * Copies of the need's title and the destination's name, kept by triggers (migration 0008) so
     * the table sorts on them through an index at 200,000 referrals; never written by the app.
     */
    needTitle: text().notNull().default(''),
    destinationName: text().notNull().default(''),
    ...timestamps,
  },
  (t) => [
    index('referrals_need_idx').on(t.needId),
    index('referrals_parent_idx').on(t.parentId),
    index('referrals_status_deadline_idx').on(t.status, t.responseDeadline),
    index('referrals_group_idx').on(t.expertiseGroupId, t.status),
    index('referrals_college_idx').on(t.collegeId, t.status),
    index('referrals_partner_idx').on(t.partnerId, t.status),
    index('referrals_sent_idx').on(t.sentAt),
    // The Doorverwijzingen table's sorts and the board's columns (scale: 200,000 referrals).
    index('referrals_updated_idx').on(t.updatedAt),
    index('referrals_deadline_idx').on(t.responseDeadline),
    index('referrals_status_rank_idx').on(referralStatusRankSql),
    index('referrals_need_title_idx').on(sql`${t.needTitle} COLLATE NOCASE`),
    index('referrals_destination_name_idx').on(sql`${t.destinationName} COLLATE NOCASE`),
    index('referrals_kind_destination_idx').on(t.destinationKind, sql`${t.destinationName} COLLATE NOCASE`),
    index('referrals_college_updated_idx').on(t.collegeId, t.updatedAt),
    index('referrals_status_updated_idx').on(t.status, t.updatedAt),
    index('referrals_status_changed_idx').on(t.status, t.statusChangedAt),
  ],
);
