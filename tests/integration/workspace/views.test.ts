import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../../db/schema';
import { createRouter } from '../../../electron/api/router';
import type { SavedView } from '../../../electron/api/contract';
import { fixedClock, testContext, type TestContext } from '../../helpers/db';

let ctx: TestContext | undefined;
afterEach(() => {
  ctx?.cleanup();
  ctx = undefined;
});

const state = { filters: { status: ['nieuw'] }, sort: { column: 'name', direction: 'asc' }, columns: { email: false } };

describe('saved views', () => {
  it('saves, lists per table, refuses a duplicate name, overwrites on request and removes with an audit row', async () => {
    ctx = testContext({ now: fixedClock().now });
    const router = createRouter(ctx);
    const saved = await router.call('views.save', { tableKey: 'organisations', name: 'Nieuw in Gent', state });
    expect(saved.ok).toBe(true);
    await router.call('views.save', { tableKey: 'organisations', name: 'Alle', state: {} });
    await router.call('views.save', { tableKey: 'needs', name: 'Nieuw in Gent', state: {} });

    const list = await router.call('views.list', { tableKey: 'organisations' });
    expect(list.ok && (list.result as SavedView[]).map((v) => [v.name, v.state])).toEqual([
      ['Alle', {}],
      ['Nieuw in Gent', state],
    ]);

    const duplicate = await router.call('views.save', { tableKey: 'organisations', name: 'Nieuw in Gent', state: {} });
    expect(duplicate.ok).toBe(false);
    if (!duplicate.ok) {
      expect(duplicate.error.code).toBe('CONFLICT');
      expect(duplicate.error.message).toMatch(/bestaat al een weergave/);
      expect(duplicate.error.details?.issues?.[0]?.path).toBe('name');
    }

    const overwritten = await router.call('views.save', {
      tableKey: 'organisations',
      name: 'Nieuw in Gent',
      state: { sort: null },
      overwrite: true,
    });
    expect(overwritten.ok && (overwritten.result as SavedView).state).toEqual({ sort: null });
    const after = await router.call('views.list', { tableKey: 'organisations' });
    expect(after.ok && (after.result as SavedView[]).length).toBe(2);

    const id = (saved.ok && (saved.result as SavedView).id) || 0;
    const removed = await router.call('views.remove', { id });
    expect(removed).toEqual({ ok: true, result: { removed: true } });
    const audits = ctx
      .db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'saved_view'), eq(auditLog.entityId, String(id))))
      .all();
    expect(audits.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
    const again = await router.call('views.remove', { id });
    expect(!again.ok && again.error.code).toBe('NOT_FOUND');
  });

  it('accepts only a JSON object as state, and a name', async () => {
    ctx = testContext();
    const router = createRouter(ctx);
    for (const bad of [[1, 2], 'x', null, 3]) {
      const response = await router.call('views.save', { tableKey: 'organisations', name: 'X', state: bad });
      expect(!response.ok && response.error.code).toBe('VALIDATION');
    }
    const noName = await router.call('views.save', { tableKey: 'organisations', name: '  ', state: {} });
    expect(!noName.ok && noName.error.details?.issues?.[0]).toMatchObject({
      path: 'name',
      message: 'Geef de weergave een naam.',
    });
    const badKey = await router.call('views.list', { tableKey: 'DROP TABLE' });
    expect(!badKey.ok && badKey.error.code).toBe('VALIDATION');
  });
});
