import { eq } from 'drizzle-orm';
import { settings } from '../../../db/schema';
import { defaultResponseWorkingDays } from '../../api/contract/referral/lifecycle';
import type { DefaultResponseDays } from '../../api/contract/referral/types';
import type { ParsedInputOf } from '../../api/contract';
import { recordAudit } from '../audit';
import type { AppContext } from '../context';
import { defaultResponseDays } from './destinations';

const key = 'referralResponseDays';

export function getDefaultResponseDays(ctx: AppContext): DefaultResponseDays {
  const db = ctx.db();
  const stored = db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get();
  return {
    days: defaultResponseDays(db),
    standard: defaultResponseWorkingDays,
    configured: stored !== undefined,
  };
}

/** Sets (or, with null, clears) the app default; destinations with their own days keep theirs. */
export function setDefaultResponseDays(
  ctx: AppContext,
  input: ParsedInputOf<'referrals.setDefaultResponseDays'>,
): DefaultResponseDays {
  const at = ctx.now().toISOString();
  ctx.db().transaction((tx) => {
    const before = tx.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get();
    const from = before ? Number(before.value) : null;
    if (from === input.days) return;
    if (input.days === null) tx.delete(settings).where(eq(settings.key, key)).run();
    else
      tx.insert(settings)
        .values({ key, value: input.days, updatedAt: at })
        .onConflictDoUpdate({ target: settings.key, set: { value: input.days, updatedAt: at } })
        .run();
    recordAudit(tx, ctx.actor, at, {
      entity: 'settings',
      entityId: key,
      action: 'update',
      changes: { [key]: { from, to: input.days } },
    });
  });
  return getDefaultResponseDays(ctx);
}
