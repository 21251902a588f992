import { eq, inArray } from 'drizzle-orm';
import { referrals } from '../../../db/schema';
import type { ReferralChainLink, ReferralDetail, ReferralLetter } from '../../api/contract/referral/types';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { brusselsDate } from '../time';
import { defaultResponseDays, findDestination } from './destinations';
import { composeLetter } from './letter';
import { destinationIdOf, readRow, selectRows, toRow } from './read';
import { requireNeedRecord, requireReferral } from './records';
import { addWorkingDays } from './working-days';

/** The chain a referral belongs to: up to its first ancestor, then every descendant in order. */
function chainOf(ctx: AppContext, id: number, today: string): ReferralChainLink[] {
  const db = ctx.db();
  let rootId = id;
  for (let guard = 0; guard < 50; guard += 1) {
    const parent = db.select({ parentId: referrals.parentId }).from(referrals).where(eq(referrals.id, rootId)).get();
    if (!parent?.parentId) break;
    rootId = parent.parentId;
  }
  const links: ReferralChainLink[] = [];
  let level = [rootId];
  for (let depth = 0; level.length > 0 && depth < 50; depth += 1) {
    const rows = selectRows(db, today).where(inArray(referrals.id, level)).orderBy(referrals.id).all().map(toRow);
    for (const r of rows)
      links.push({ id: r.id, depth, destinationName: r.destinationName, destinationKind: r.destinationKind, status: r.status });
    level = db
      .select({ id: referrals.id })
      .from(referrals)
      .where(inArray(referrals.parentId, level))
      .all()
      .map((c) => c.id);
  }
  return links;
}

export function getReferral(ctx: AppContext, id: number): ReferralDetail {
  const today = brusselsDate(ctx.now());
  const db = ctx.db();
  const row = readRow(db, id, today);
  if (!row) throw new AppError('NOT_FOUND', `Doorverwijzing ${id} bestaat niet.`);
  const record = requireReferral(db, id);
  const destination = findDestination(db, record.destinationKind, destinationIdOf(record));
  return {
    ...row,
    closedAt: record.closedAt,
    note: record.note,
    letter: record.letter,
    suggestion: record.suggestion ?? null,
    expertId: record.expertId,
    chain: chainOf(ctx, id, today),
    responseDays: destination?.responseDays ?? defaultResponseDays(db),
    responseDaysSetBy: destination?.responseDaysSetBy ?? null,
  };
}

/** The letter as sent, or (not sent yet) a fresh draft with the deadline it would get today. */
export function referralLetter(ctx: AppContext, id: number): ReferralLetter {
  const db = ctx.db();
  const record = requireReferral(db, id);
  const need = requireNeedRecord(db, record.needId);
  const destination = findDestination(db, record.destinationKind, destinationIdOf(record));
  if (!destination) throw new AppError('NOT_FOUND', 'De bestemming van deze doorverwijzing bestaat niet meer.');
  const deadline = record.responseDeadline ?? addWorkingDays(brusselsDate(ctx.now()), destination.responseDays);
  const draft = composeLetter(db, need, destination, deadline, ctx.actor);
  return record.letter ? { ...draft, body: record.letter } : draft;
}
