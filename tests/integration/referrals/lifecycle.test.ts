import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, colleges, needs, referrals, tasks, timelineEntries } from '../../../db/schema';
import { referralStatusValues, referralTransitions, type ReferralStatus } from '../../../electron/api/contract';
import { AP, AP_GROUP, HOGENT, KU_LEUVEN, referralWorld, type ReferralWorld } from './helpers';

let w: ReferralWorld;
beforeEach(() => {
  w = referralWorld();
});
afterEach(() => w.ctx.cleanup());

async function referralIn(status: ReferralStatus): Promise<number> {
  const needId = await w.needIn('intake_gehouden');
  const r = await w.ok('referrals.create', { needId, destinationKind: 'expertisegroep', destinationId: AP_GROUP });
  w.ctx.db().update(referrals).set({ status, responseDeadline: '2026-11-20' }).where(eq(referrals.id, r.id)).run();
  return r.id;
}

const stepInput: Record<ReferralStatus, ((id: number) => [string, Record<string, unknown>]) | null> = {
  voorgesteld: null,
  verstuurd: (id) => ['referrals.send', { id }],
  aanvaard: (id) => ['referrals.accept', { id }],
  geweigerd: (id) => ['referrals.decline', { id, reason: 'timing' }],
  lopend: (id) => ['referrals.start', { id }],
  afgerond: (id) => ['referrals.close', { id, outcome: 'advies_gegeven' }],
  doorgestuurd: (id) => ['referrals.passOn', { id, destinationKind: 'hogeschool', destinationId: HOGENT }],
  geannuleerd: (id) => ['referrals.cancel', { id }],
  verlopen: (id) => ['referrals.expire', { id }],
};

const pairs = referralStatusValues.flatMap((from) =>
  referralStatusValues.filter((to) => to !== from && stepInput[to] !== null).map((to) => [from, to] as const),
);

describe('referral lifecycle', () => {
  it.each(pairs)('%s -> %s follows the transition table', async (from, to) => {
    const id = await referralIn(from);
    const step = stepInput[to];
    if (!step) throw new Error('geen stap');
    const [method, input] = step(id);
    const audits = w.ctx.db().select().from(auditLog).all().length;
    const res = await w.router.call(method, input);
    const after = w.ctx.db().select().from(referrals).where(eq(referrals.id, id)).get();
    if (referralTransitions[from].includes(to)) {
      expect(res.ok, JSON.stringify(res)).toBe(true);
      expect(after?.status).toBe(to);
    } else {
      expect(res.ok).toBe(false);
      if (!res.ok) {
        expect(res.error.code).toBe('CONFLICT');
        expect(res.error.message).toContain(`‘${from}’`);
        expect(res.error.message).toContain(`‘${to}’`);
      }
      expect(after?.status).toBe(from);
      expect(w.ctx.db().select().from(auditLog).all().length).toBe(audits);
    }
  });

  it('walks the closed loop: send, accept, pass on to a sister college, close with an outcome', async () => {
    const needId = await w.needIn('intake_gehouden');
    const created = await w.ok('referrals.create', {
      needId,
      destinationKind: 'expertisegroep',
      destinationId: AP_GROUP,
      suggestion: { score: 7.5, parts: [{ key: 'theme', value: 4 }] },
    });
    expect(created.status).toBe('voorgesteld');
    expect(created.collegeId).toBe(AP);
    expect(created.suggestion).toEqual({ score: 7.5, parts: [{ key: 'theme', value: 4 }] });

    const sent = await w.ok('referrals.send', { id: created.id });
    expect(sent.status).toBe('verstuurd');
    expect(sent.sentAt).toBe('2026-11-26T09:00:00.000Z');
    expect(sent.responseDeadline).toBe('2026-12-10');
    expect(sent.letter).toContain('Informatieveiligheid op de werkvloer');
    // The need follows: intake gehouden -> doorverwezen.
    expect(w.ctx.db().select().from(needs).where(eq(needs.id, needId)).get()?.status).toBe('doorverwezen');

    w.clock.advance(2 * 86_400_000);
    const accepted = await w.ok('referrals.accept', { id: created.id, note: 'Kronos neemt het op' });
    expect(accepted.status).toBe('aanvaard');
    expect(accepted.respondedAt).toBe(w.clock.now().toISOString());

    const child = await w.ok('referrals.passOn', {
      id: created.id,
      destinationKind: 'hogeschool',
      destinationId: HOGENT,
      note: 'Past beter bij HOGENT',
    });
    expect(child.parentId).toBe(created.id);
    expect(child.status).toBe('verstuurd');
    expect(child.chain.map((c) => [c.id, c.depth, c.status])).toEqual([
      [created.id, 0, 'doorgestuurd'],
      [child.id, 1, 'verstuurd'],
    ]);
    const parent = await w.ok('referrals.get', { id: created.id });
    expect(parent.status).toBe('doorgestuurd');
    expect(parent.childCount).toBe(1);

    await w.ok('referrals.accept', { id: child.id });
    await w.ok('referrals.start', { id: child.id });
    const closed = await w.ok('referrals.close', {
      id: child.id,
      outcome: 'traject_gestart',
      note: 'Studentenproject in februari',
    });
    expect(closed.status).toBe('afgerond');
    expect(closed.outcome).toBe('traject_gestart');
    expect(closed.closedAt).toBe(w.clock.now().toISOString());

    const entries = w.ctx.db().select().from(timelineEntries).where(eq(timelineEntries.kind, 'doorverwijzing')).all();
    // create, send, accept, passOn (parent), child created, child sent, accept, start, close
    expect(entries).toHaveLength(9);
    expect(entries.every((e) => e.needId === needId)).toBe(true);
    const audits = w.ctx.db().select().from(auditLog).where(eq(auditLog.entity, 'referral')).all();
    expect(audits.map((a) => a.action)).toEqual([
      'create',
      'verstuurd',
      'aanvaard',
      'doorgestuurd',
      'create',
      'verstuurd',
      'aanvaard',
      'lopend',
      'afgerond',
    ]);
  });

  it('leaves a need status alone when its lifecycle does not allow doorverwezen', async () => {
    const needId = await w.needIn('nieuw');
    const r = await w.ok('referrals.create', { needId, destinationKind: 'universiteit', destinationId: KU_LEUVEN });
    await w.ok('referrals.send', { id: r.id });
    expect(w.ctx.db().select().from(needs).where(eq(needs.id, needId)).get()?.status).toBe('nieuw');
  });
});

describe('bad input: a clear message, nothing written', () => {
  async function refused(method: string, input: unknown, path: string | null, text: RegExp) {
    const audits = w.ctx.db().select().from(auditLog).all().length;
    const timeline = w.ctx.db().select().from(timelineEntries).all().length;
    const rows = w.ctx.db().select().from(referrals).all();
    const res = await w.router.call(method, input);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.message).toMatch(text);
      if (path) expect(res.error.details?.issues?.map((i) => i.path)).toContain(path);
    }
    expect(w.ctx.db().select().from(auditLog).all().length).toBe(audits);
    expect(w.ctx.db().select().from(timelineEntries).all().length).toBe(timeline);
    expect(w.ctx.db().select().from(referrals).all()).toEqual(rows);
  }

  it('refuses an inactive destination', async () => {
    const needId = await w.needIn('intake_gehouden');
    w.ctx.db().update(colleges).set({ active: false }).where(eq(colleges.id, HOGENT)).run();
    await refused(
      'referrals.create',
      { needId, destinationKind: 'hogeschool', destinationId: HOGENT },
      'destinationId',
      /niet actief/,
    );
  });

  it('refuses a second open referral of the same need to the same destination', async () => {
    const needId = await w.needIn('intake_gehouden');
    await w.ok('referrals.create', { needId, destinationKind: 'expertisegroep', destinationId: AP_GROUP });
    await refused(
      'referrals.create',
      { needId, destinationKind: 'expertisegroep', destinationId: AP_GROUP },
      'destinationId',
      /al een open doorverwijzing/,
    );
  });

  it('allows a new referral to the same destination once the earlier one is closed', async () => {
    const needId = await w.needIn('intake_gehouden');
    const first = await w.ok('referrals.create', { needId, destinationKind: 'expertisegroep', destinationId: AP_GROUP });
    await w.ok('referrals.cancel', { id: first.id, note: 'verkeerd' });
    const again = await w.router.call('referrals.create', { needId, destinationKind: 'expertisegroep', destinationId: AP_GROUP });
    expect(again.ok).toBe(true);
  });

  it('refuses closing without an outcome and declining without a reason', async () => {
    const id = await referralIn('lopend');
    await refused('referrals.close', { id }, 'outcome', /uitkomst/);
    const sent = await referralIn('verstuurd');
    await refused('referrals.decline', { id: sent }, 'reason', /reden/);
    await refused('referrals.decline', { id: sent, reason: 'andere' }, 'note', /andere reden/);
  });

  it('refuses a deadline in the past and a destination of the wrong kind', async () => {
    const needId = await w.needIn('intake_gehouden');
    const r = await w.ok('referrals.create', { needId, destinationKind: 'hogeschool', destinationId: AP });
    await refused('referrals.send', { id: r.id, responseDeadline: '2026-11-25' }, 'responseDeadline', /verleden/);
    // Partner 6 is a federation, not a company.
    await refused('referrals.create', { needId, destinationKind: 'bedrijf', destinationId: 6 }, 'destinationId', /bestaat niet/);
  });

  it('refuses passing on to the same destination and expiring before the deadline', async () => {
    const needId = await w.needIn('intake_gehouden');
    const r = await w.ok('referrals.create', { needId, destinationKind: 'hogeschool', destinationId: AP });
    await w.ok('referrals.send', { id: r.id });
    await refused(
      'referrals.passOn',
      { id: r.id, destinationKind: 'hogeschool', destinationId: AP },
      'destinationId',
      /andere bestemming/,
    );
    await refused('referrals.expire', { id: r.id }, 'id', /nog niet voorbij/);
  });
});

describe('overdue', () => {
  it('expires sent referrals past their deadline once, with one follow-up task', async () => {
    const needId = await w.needIn('intake_gehouden');
    const r = await w.ok('referrals.create', { needId, destinationKind: 'expertisegroep', destinationId: AP_GROUP });
    await w.ok('referrals.send', { id: r.id });
    w.clock.set('2026-12-10T15:00:00.000Z');
    expect((await w.ok('referrals.overdue', {})).total).toBe(0);
    expect(await w.ok('referrals.checkOverdue', undefined)).toEqual({ expired: 0, tasksCreated: 0 });
    w.clock.set('2026-12-11T08:00:00.000Z');
    const overdue = await w.ok('referrals.overdue', {});
    expect(overdue.rows.map((x) => [x.id, x.overdue, x.nextStep])).toEqual([[r.id, true, 'chase']]);
    expect(await w.ok('referrals.checkOverdue', undefined)).toEqual({ expired: 1, tasksCreated: 1 });
    expect(await w.ok('referrals.checkOverdue', undefined)).toEqual({ expired: 0, tasksCreated: 0 });
    const after = await w.ok('referrals.get', { id: r.id });
    expect(after.status).toBe('verlopen');
    expect(after.overdue).toBe(true);
    const followUps = w.ctx.db().select().from(tasks).where(eq(tasks.needId, needId)).all();
    expect(followUps).toHaveLength(1);
    expect(followUps[0]?.title).toMatch(/opvolgen/);
    expect(followUps[0]?.dueDate).toBe('2026-12-11');
    // A late answer still counts.
    const late = await w.ok('referrals.accept', { id: r.id });
    expect(late.overdue).toBe(false);
  });
});
