import { and, asc, count, desc, eq, inArray, lt, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { referrals } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import { openReferralStatuses, referralBoardOrder, referralStatusValues } from '../../api/contract/referral/lifecycle';
import type { ReferralSortColumn } from '../../api/contract/referral/inputs';
import type { ReferralBoard, ReferralPage, ReferralRow } from '../../api/contract/referral/types';
import type { AppContext } from '../context';
import { brusselsDate } from '../time';
import { overdueSql, selectRows, toRow } from './read';

type Filters = ParsedInputOf<'referrals.list'>['filters'];

function conditions(f: Filters, today: string): SQL | undefined {
  const where: SQL[] = [];
  if (f.status) where.push(eq(referrals.status, f.status));
  if (f.destinationKind) where.push(eq(referrals.destinationKind, f.destinationKind));
  if (f.collegeId) where.push(eq(referrals.collegeId, f.collegeId));
  if (f.needId) where.push(eq(referrals.needId, f.needId));
  if (f.openOnly) where.push(inArray(referrals.status, [...openReferralStatuses]));
  if (f.overdue === true)
    where.push(and(inArray(referrals.status, ['verstuurd', 'verlopen']), lt(referrals.responseDeadline, today)) as SQL);
  if (f.overdue === false) where.push(sql`NOT ${overdueSql(today)}`);
  return where.length > 0 ? and(...where) : undefined;
}

/**
 * The lifecycle order with literal values: the same expression as the index
 * referrals_status_rank_idx (SQLite matches an expression index on the expression, not on text).
 */
const statusRank = sql.raw(
  `(CASE "referrals"."status" ${referralStatusValues.map((v, i) => `WHEN '${v}' THEN ${i}`).join(' ')} ELSE ${referralStatusValues.length} END)`,
);

/** Every sort runs through an index (migration 0008); names sort on the trigger-kept copies. */
const sortExpressions: Record<ReferralSortColumn, SQL | AnyColumn> = {
  // The primary key follows creation order and needs no sort step at any size.
  createdAt: referrals.id,
  sentAt: referrals.sentAt,
  responseDeadline: referrals.responseDeadline,
  status: statusRank,
  needTitle: sql`${referrals.needTitle} COLLATE NOCASE`,
  destinationName: sql`${referrals.destinationName} COLLATE NOCASE`,
  updatedAt: referrals.updatedAt,
};

/** Counting needs the joins only when a filter or sort touches the joined tables; these do not. */
function total(ctx: AppContext, where: SQL | undefined): number {
  return ctx.db().select({ n: count() }).from(referrals).where(where).get()?.n ?? 0;
}

/** The ids of one page, on the referrals table alone; exported so a test can read its query plan. */
export function pageQuery(ctx: AppContext, where: SQL | undefined, order: SQL[], input: { offset: number; limit: number }) {
  return ctx
    .db()
    .select({ id: referrals.id })
    .from(referrals)
    .where(where)
    .orderBy(...order)
    .limit(input.limit)
    .offset(input.offset);
}

/** The ORDER BY of a list page: the chosen column, then the id in the same direction. */
export function listOrder(sort: ParsedInputOf<'referrals.list'>['sort']): SQL[] {
  const dir = sort.direction === 'asc' ? asc : desc;
  // The tie-break follows the sort's direction so one index walk serves both.
  return [dir(sortExpressions[sort.column]), dir(referrals.id)];
}

export function listReferrals(ctx: AppContext, input: ParsedInputOf<'referrals.list'>): ReferralPage {
  const today = brusselsDate(ctx.now());
  const where = conditions(input.filters, today);
  const order = listOrder(input.sort);
  // Page on the referrals table alone (an index walk), then join only the rows shown: a deep
  // page does not pay the five joins for every row it skips.
  const page = pageQuery(ctx, where, order, input);
  const rows = selectRows(ctx.db(), today)
    .where(inArray(referrals.id, page))
    .orderBy(...order)
    .all()
    .map(toRow);
  return { rows, total: total(ctx, where) };
}

/** The board: per status its count and the most recently changed referrals. */
export function referralBoard(ctx: AppContext, input: ParsedInputOf<'referrals.board'>): ReferralBoard {
  const today = brusselsDate(ctx.now());
  const columns = referralBoardOrder.map((status) => {
    const where = conditions({ ...input.filters, status }, today);
    const rows = selectRows(ctx.db(), today)
      .where(where)
      .orderBy(desc(referrals.statusChangedAt), desc(referrals.id))
      .limit(input.perStatus)
      .all()
      .map(toRow);
    return { status, total: total(ctx, where), rows };
  });
  return { columns };
}

export function referralsOfNeed(ctx: AppContext, needId: number): ReferralRow[] {
  const today = brusselsDate(ctx.now());
  return selectRows(ctx.db(), today).where(eq(referrals.needId, needId)).orderBy(asc(referrals.id)).all().map(toRow);
}

/** Waiting past their deadline, the longest overdue first (dashboard). */
export function overdueReferrals(ctx: AppContext, limit: number): ReferralPage {
  return listReferrals(ctx, {
    filters: { overdue: true },
    sort: { column: 'responseDeadline', direction: 'asc' },
    offset: 0,
    limit,
  });
}
