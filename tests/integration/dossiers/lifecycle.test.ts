import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, needs, timelineEntries } from '../../../db/schema';
import { needStatusValues, needTransitions, type NeedDetail, type NeedStatus } from '../../../electron/api/contract';
import { dossierWorld, insertOrganisation, type DossierWorld } from './fixtures';

let w: DossierWorld;
let organisationId: number;

beforeEach(() => {
  w = dossierWorld();
  organisationId = insertOrganisation(w.ctx, { name: 'De Kringwinkel' });
});
afterEach(() => w.ctx.cleanup());

async function needIn(status: NeedStatus): Promise<number> {
  const { id } = await w.ok('needs.create', { organisationId, title: `Vraag in ${status}` });
  // Test set-up only: put the need straight in the wanted state.
  w.ctx.db().update(needs).set({ status }).where(eq(needs.id, id)).run();
  return id;
}

const allPairs = needStatusValues.flatMap((from) =>
  needStatusValues.filter((to) => to !== from).map((to) => [from, to] as const),
);

describe('need lifecycle', () => {
  it.each(allPairs)('%s -> %s follows the one transition table', async (from, to) => {
    const id = await needIn(from);
    const allowed = needTransitions[from].includes(to);
    const res = await w.router.call('needs.changeStatus', { id, to, reason: 'omdat het moet' });
    const after = w.ctx.db().select().from(needs).where(eq(needs.id, id)).get();
    if (allowed) {
      expect(res.ok).toBe(true);
      expect(after?.status).toBe(to);
    } else {
      expect(res.ok).toBe(false);
      if (!res.ok) {
        expect(res.error.code).toBe('CONFLICT');
        expect(res.error.message).toContain(from.replace('_', ' '));
        expect(res.error.message).toContain(to.replace('_', ' '));
      }
      expect(after?.status).toBe(from);
    }
  });

  it('walks the happy path, keeping statusChangedAt, closedAt, timeline and audit', async () => {
    const { id } = await w.ok('needs.create', { organisationId, title: 'Informatieveiligheid' });
    const path: NeedStatus[] = ['verkenning', 'intake_gepland', 'intake_gehouden', 'in_traject', 'afgerond'];
    let detail: NeedDetail | undefined;
    for (const to of path) {
      w.clock.advance(60_000);
      detail = await w.ok('needs.changeStatus', { id, to });
      expect(detail.status).toBe(to);
      expect(detail.statusChangedAt).toBe(w.clock.now().toISOString());
    }
    expect(detail?.closedAt).toBe(w.clock.now().toISOString());
    expect(detail?.allowedNext).toEqual([]);
    const statusEntries = w.ctx.db().select().from(timelineEntries).where(eq(timelineEntries.kind, 'status')).all();
    expect(statusEntries).toHaveLength(path.length);
    expect(statusEntries.every((e) => e.actor === w.ctx.actor && e.needId === id)).toBe(true);
    const audits = w.ctx.db().select().from(auditLog).where(eq(auditLog.action, 'status')).all();
    expect(audits.map((a) => (a.changes as { status: { to: string } }).status.to)).toEqual(path);
  });

  it('stopping needs a reason; the reason is kept and shown in the timeline', async () => {
    const { id } = await w.ok('needs.create', { organisationId, title: 'Blended werken' });
    const refused = await w.router.call('needs.changeStatus', { id, to: 'gestopt', reason: '   ' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('VALIDATION');
      expect(refused.error.details?.issues?.[0]).toEqual({ path: 'reason', message: expect.stringMatching(/reden/) });
    }
    expect(w.ctx.db().select().from(needs).where(eq(needs.id, id)).get()?.status).toBe('nieuw');
    expect(w.ctx.db().select().from(timelineEntries).where(eq(timelineEntries.kind, 'status')).all()).toHaveLength(0);

    const stopped = await w.ok('needs.changeStatus', { id, to: 'gestopt', reason: 'Geen budget dit jaar' });
    expect(stopped.stopReason).toBe('Geen budget dit jaar');
    expect(stopped.closedAt).not.toBeNull();
    const entry = w.ctx.db().select().from(timelineEntries).where(eq(timelineEntries.kind, 'status')).get();
    expect(entry?.body).toBe('Geen budget dit jaar');

    const noReason = await w.router.call('needs.changeStatus', { id, to: 'verkenning' });
    expect(noReason.ok).toBe(false);
    const reopened = await w.ok('needs.changeStatus', { id, to: 'verkenning', reason: 'Budget toch gevonden' });
    expect(reopened.status).toBe('verkenning');
    expect(reopened.closedAt).toBeNull();
    expect(reopened.stopReason).toBe('');
  });
});
