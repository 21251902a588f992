import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expertiseGroups, needs } from '../../../db/schema';
import { referralSortColumns } from '../../../electron/api/contract/referrals';
import { listOrder, pageQuery } from '../../../electron/services/referrals/list';
import { AP_GROUP, HOGENT, KU_LEUVEN, referralWorld, type ReferralWorld } from './helpers';

describe('The referrals table at scale', () => {
  let w: ReferralWorld;
  beforeEach(() => {
    w = referralWorld();
  });
  afterEach(() => w.ctx.cleanup());

  it('walks an index for every sort: no sort step over all referrals', () => {
    const sqlite = w.ctx.sqlite();
    for (const column of referralSortColumns) {
      for (const direction of ['asc', 'desc'] as const) {
        const query = pageQuery(w.ctx, undefined, listOrder({ column, direction }), { offset: 0, limit: 50 }).toSQL();
        const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as { detail: string }[];
        const details = plan.map((p) => p.detail).join(' | ');
        expect(details, `${column} ${direction}`).not.toMatch(/TEMP B-TREE/);
        expect(details, `${column} ${direction}`).toMatch(/USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY|SCAN referrals$/);
      }
    }
  });

  it('sorts on the need title and destination name, following renames', async () => {
    const a = await w.needIn('intake_gehouden', 'Boekhouding automatiseren');
    const b = await w.needIn('intake_gehouden', 'Zonnepanelen op het dak');
    await w.ok('referrals.create', { needId: a, destinationKind: 'expertisegroep', destinationId: AP_GROUP });
    await w.ok('referrals.create', { needId: b, destinationKind: 'universiteit', destinationId: KU_LEUVEN });
    await w.ok('referrals.create', { needId: b, destinationKind: 'hogeschool', destinationId: HOGENT });
    const list = (column: 'needTitle' | 'destinationName') =>
      w.ok('referrals.list', { sort: { column, direction: 'asc' } }).then((p) => p.rows);

    const byTitle = await list('needTitle');
    expect(byTitle.map((r) => r.needTitle)).toEqual([
      'Boekhouding automatiseren',
      'Zonnepanelen op het dak',
      'Zonnepanelen op het dak',
    ]);
    const byName = await list('destinationName');
    const names = byName.map((r) => r.destinationName);
    expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y, 'en', { sensitivity: 'base' })));

    // Renames reach the stored copies (triggers), so the order follows at once.
    w.ctx.db().update(needs).set({ title: 'Aardwarmte onderzoeken' }).where(eq(needs.id, b)).run();
    w.ctx.db().update(expertiseGroups).set({ name: 'ZZZ laatste groep' }).where(eq(expertiseGroups.id, AP_GROUP)).run();
    expect((await list('needTitle')).map((r) => r.needTitle)[0]).toBe('Aardwarmte onderzoeken');
    expect((await list('destinationName')).at(-1)?.destinationName).toBe('ZZZ laatste groep');
  });
});
