import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../../electron/services/demo/generate';
import { intakeRows, needRows, referralRows } from '../../../electron/services/reports/vlaio-data';
import { vlaioLookups } from '../../../electron/services/reports/vlaio-lookups';
import { testContext, type TestContext } from '../../helpers/db';

let ctx: TestContext | undefined;
afterEach(() => {
  ctx?.cleanup();
  ctx = undefined;
});

const period = { from: '2020-01-01', to: '2030-12-31' };
const flat = <R>(chunks: Iterable<readonly R[]>): R[] => [...chunks].flat();

describe('VLAIO data sheets read in chunks (keyset paging)', () => {
  it('gives exactly the rows of one big read, in the same order, whatever the chunk size (ties on the day included)', () => {
    ctx = testContext();
    generateDemoData(ctx, { scale: 120, seed: 11 });
    const db = ctx.db();
    const lookups = vlaioLookups(db, period);
    const whole = {
      needs: flat(needRows(db, period, lookups, 1_000_000)),
      intakes: flat(intakeRows(db, period, lookups, 1_000_000)),
      referrals: flat(referralRows(db, period, lookups, 1_000_000)),
    };
    // Enough rows to cross many boundaries, and intakes share days (the keyset's tie-breaker matters).
    expect(whole.needs.length).toBeGreaterThan(50);
    expect(whole.intakes.length).toBeGreaterThan(10);
    expect(whole.referrals.length).toBeGreaterThan(10);
    expect(new Set(whole.intakes.map((r) => r.date)).size).toBeLessThan(whole.intakes.length);
    for (const size of [1, 3, 7]) {
      expect(flat(needRows(db, period, lookups, size))).toEqual(whole.needs);
      expect(flat(intakeRows(db, period, lookups, size))).toEqual(whole.intakes);
      expect(flat(referralRows(db, period, lookups, size))).toEqual(whole.referrals);
    }
    // Rows carry their named columns (built from the driver's raw arrays in SELECT order).
    const need = whole.needs[0];
    expect(need && typeof need.id).toBe('number');
    expect(need?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(whole.referrals.every((r) => typeof r.sentAt === 'string' && r.destinationKind.length > 0)).toBe(true);
  });
});
