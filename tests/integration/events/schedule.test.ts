import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { eventMeetings, eventParticipants, eventScheduleRuns } from '../../../db/schema';
import { accepted, eventWithPeople, useEventsTest } from './helpers';

const t = useEventsTest();

function meetings() {
  return t.ctx.db().select().from(eventMeetings).orderBy(eventMeetings.id).all();
}

/** Every hard rule, checked independently of the service. */
function expectValid(tables: number, slots: number) {
  const placed = meetings().filter((m) => m.status === 'ingepland');
  const seen = new Set<string>();
  for (const m of placed) {
    expect(m.slotIndex).not.toBeNull();
    expect(m.slotIndex ?? -1).toBeLessThan(slots);
    expect(m.tableNumber ?? 0).toBeGreaterThanOrEqual(1);
    expect(m.tableNumber ?? 99).toBeLessThanOrEqual(tables);
    for (const key of [`t${m.slotIndex}:${m.tableNumber}`, `p${m.slotIndex}:${m.requesterId}`, `p${m.slotIndex}:${m.targetId}`]) {
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  }
  return placed;
}

describe('events: scheduling', () => {
  it('"Alles inplannen" stores a valid schedule, a run row and says X of at most Y', async () => {
    // 3 enterprises x 2 academics, all 6 pairs accepted, 4 slots, 2 tables: each academic can meet 3.
    const { eventId, ent, aca } = await eventWithPeople(t, 3, 2);
    for (const e of ent) for (const a of aca) await accepted(t, eventId, e, a);
    const outcome = await t.ok('events.schedule', { eventId, mode: 'all', timeLimitSeconds: 2 });
    expect(outcome.requested).toBe(6);
    expect(outcome.placed).toBe(6);
    expect(outcome.upperBound).toBeGreaterThanOrEqual(6);
    expect(expectValid(2, 4)).toHaveLength(6);
    const runs = t.ctx.db().select().from(eventScheduleRuns).all();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ mode: 'all', placed: 6, requested: 6 });
    const summary = await t.ok('events.scheduleSummary', { eventId });
    expect(summary).toMatchObject({ scheduled: 6, lastRun: { placed: 6 } });
    expect(t.audit('event', eventId).map((a) => a.action)).toContain('schedule');
  });

  it('when not everything fits, must-meets go first and the reasons are stored', async () => {
    // One academic, 5 enterprises, 4 slots: one meeting cannot be placed.
    const { eventId, ent, aca } = await eventWithPeople(t, 5, 1);
    const ids: number[] = [];
    for (const [i, e] of ent.entries()) ids.push(await accepted(t, eventId, e, aca[0] ?? 0, i === 4 ? 'must' : 'mag'));
    const outcome = await t.ok('events.schedule', { eventId, mode: 'all', timeLimitSeconds: 2 });
    expect(outcome.placed).toBe(4);
    expect(outcome.upperBound).toBe(4);
    expect(outcome.reasons.join(' ')).not.toBe('');
    expect(meetings().find((m) => m.id === ids[4])?.status).toBe('ingepland');
    expect(meetings().filter((m) => m.status === 'aanvaard')).toHaveLength(1);
    expectValid(2, 4);
  });

  it('keeps locked meetings on a re-run, and "De rest inplannen" keeps everything placed', async () => {
    const { eventId, ent, aca } = await eventWithPeople(t, 3, 2);
    const ids: number[] = [];
    for (const e of ent) ids.push(await accepted(t, eventId, e, aca[0] ?? 0));
    const [m1 = 0, m2 = 0] = ids;
    await t.ok('events.moveMeeting', { id: m1, slotIndex: 3, tableNumber: 2 });
    await t.ok('events.setLock', { id: m1, locked: true });
    await t.ok('events.moveMeeting', { id: m2, slotIndex: 2, tableNumber: 1 });
    await t.ok('events.schedule', { eventId, mode: 'all', timeLimitSeconds: 2 });
    expect(meetings().find((m) => m.id === m1)).toMatchObject({
      slotIndex: 3,
      tableNumber: 2,
      locked: true,
      status: 'ingepland',
    });
    expectValid(2, 4);
    const placedNow = meetings()
      .filter((m) => m.status === 'ingepland')
      .map((m) => [m.id, m.slotIndex, m.tableNumber]);
    // New requests, then "rest": the placed ones stay exactly where they are.
    const extra = await accepted(t, eventId, ent[0] ?? 0, aca[1] ?? 0);
    const rest = await t.ok('events.schedule', { eventId, mode: 'rest', timeLimitSeconds: 2 });
    expect(rest.placed).toBe(4);
    for (const [id, slot, table] of placedNow)
      expect(meetings().find((m) => m.id === id)).toMatchObject({ slotIndex: slot, tableNumber: table });
    expect(meetings().find((m) => m.id === extra)?.status).toBe('ingepland');
    expectValid(2, 4);
    expect(
      t.ctx
        .db()
        .select()
        .from(eventScheduleRuns)
        .all()
        .map((r) => r.mode),
    ).toEqual(['all', 'rest']);
  });

  it('stores nothing when the input is infeasible, and says why', async () => {
    const { eventId, ent, aca } = await eventWithPeople(t, 2, 1);
    const locked = await accepted(t, eventId, ent[0] ?? 0, aca[0] ?? 0);
    const other = await accepted(t, eventId, ent[1] ?? 0, aca[0] ?? 0);
    await t.ok('events.moveMeeting', { id: locked, slotIndex: 0, tableNumber: 1 });
    await t.ok('events.setLock', { id: locked, locked: true });
    // The enterprise later says it only comes from 09:15: the locked meeting now clashes.
    t.ctx
      .db()
      .update(eventParticipants)
      .set({ availability: [{ start: '09:15', end: '10:00' }] })
      .where(eq(eventParticipants.id, ent[0] ?? 0))
      .run();
    const before = meetings();
    const outcome = await t.ok('events.schedule', { eventId, mode: 'all', timeLimitSeconds: 2 });
    expect(outcome.status).toBe('infeasible');
    expect(outcome.reasons.join(' ')).not.toBe('');
    expect(meetings()).toEqual(before);
    expect(meetings().find((m) => m.id === other)?.status).toBe('aanvaard');
  });

  it('stores nothing when the meetings changed while the solver ran', async () => {
    const { eventId, ent, aca } = await eventWithPeople(t, 2, 1);
    for (const e of ent) await accepted(t, eventId, e, aca[0] ?? 0);
    const running = t.router.call('events.schedule', { eventId, mode: 'all', timeLimitSeconds: 1 });
    const first = meetings()[0];
    t.ctx
      .db()
      .update(eventMeetings)
      .set({ status: 'geannuleerd' })
      .where(eq(eventMeetings.id, first?.id ?? 0))
      .run();
    const result = await running;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/gewijzigd terwijl de planner liep/);
    expect(meetings().filter((m) => m.status === 'ingepland')).toHaveLength(0);
    expect(t.ctx.db().select().from(eventScheduleRuns).all()).toHaveLength(0);
  });

  it('runs as a background job with progress that the page can poll', async () => {
    const { eventId, ent, aca } = await eventWithPeople(t, 2, 2);
    for (const e of ent) await accepted(t, eventId, e, aca[0] ?? 0);
    const { jobId } = await t.ok('events.startSchedule', { eventId, mode: 'all', timeLimitSeconds: 1 });
    expect((await t.fail('events.startSchedule', { eventId, mode: 'all' })).message).toMatch(/loopt al/);
    let job = await t.ok('events.scheduleJob', { jobId });
    for (let i = 0; i < 100 && job.state === 'running'; i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      job = await t.ok('events.scheduleJob', { jobId });
    }
    expect(job.state).toBe('done');
    expect(job.outcome?.placed).toBe(2);
  });
});

describe('events: the manual grid', () => {
  it('checks every move: participant busy, table taken, unavailable, outside the sessions', async () => {
    const { eventId, ent, aca } = await eventWithPeople(t, 2, 2, { tables: 2 });
    const [e1 = 0, e2 = 0] = ent;
    const [a1 = 0, a2 = 0] = aca;
    const m1 = await accepted(t, eventId, e1, a1);
    const m2 = await accepted(t, eventId, e1, a2);
    const m3 = await accepted(t, eventId, e2, a2);
    await t.ok('events.moveMeeting', { id: m1, slotIndex: 0, tableNumber: 1 });
    const busy = await t.fail('events.moveMeeting', { id: m2, slotIndex: 0, tableNumber: 2 });
    expect(busy.message).toBe('Maatwerkbedrijf A heeft om 09:00–09:12 al een gesprek (Maatwerkbedrijf A – Jan Claes 1).');
    const taken = await t.fail('events.moveMeeting', { id: m3, slotIndex: 0, tableNumber: 1 });
    expect(taken.message).toMatch(/Tafel 1 is om 09:00–09:12 bezet door Maatwerkbedrijf A – Jan Claes 1/);
    expect((await t.fail('events.moveMeeting', { id: m3, slotIndex: 4, tableNumber: 1 })).message).toMatch(/buiten de sessies/);
    expect((await t.fail('events.moveMeeting', { id: m3, slotIndex: 1, tableNumber: 3 })).message).toMatch(
      /Tafel 3 bestaat niet/,
    );
    await t.ok('events.updateParticipant', {
      id: e2,
      availability: [{ start: '09:30', end: '10:00' }],
      maxMeetings: null,
      notes: '',
    });
    expect((await t.fail('events.moveMeeting', { id: m3, slotIndex: 1, tableNumber: 1 })).message).toMatch(
      /Maatwerkbedrijf B is niet beschikbaar om 09:15–09:27/,
    );
    await t.ok('events.moveMeeting', { id: m3, slotIndex: 2, tableNumber: 2 });
    const cells = await t.ok('events.placements', { id: m2 });
    expect(cells).toHaveLength(8);
    expect(cells.filter((c) => c.ok).map((c) => `${c.slotIndex}:${c.tableNumber}`)).toEqual(['1:1', '1:2', '3:1', '3:2']);
    expect(cells.find((c) => c.slotIndex === 2 && c.tableNumber === 2)?.reason).toMatch(
      /Jan Claes 2 heeft om 09:30–09:42 al een gesprek/,
    );
    expect(meetings().find((m) => m.id === m2)).toMatchObject({ status: 'aanvaard', slotIndex: null });
    expect(t.audit('event_meeting', m1).map((a) => a.action)).toEqual(['create', 'accept', 'move']);
    const grid = await t.ok('events.grid', { eventId });
    expect(grid.placed.map((m) => m.id).sort()).toEqual([m1, m3].sort());
    expect(grid.unplaced.map((m) => m.id)).toEqual([m2]);
  });

  it('refuses a lock on a clashing place and unschedules on request', async () => {
    const { eventId, ent, aca } = await eventWithPeople(t, 1, 1);
    const id = await accepted(t, eventId, ent[0] ?? 0, aca[0] ?? 0);
    expect((await t.fail('events.setLock', { id, locked: true })).message).toMatch(/Alleen een ingepland gesprek/);
    await t.ok('events.moveMeeting', { id, slotIndex: 0, tableNumber: 1 });
    t.ctx
      .db()
      .update(eventParticipants)
      .set({ availability: [{ start: '09:15', end: '10:00' }] })
      .where(eq(eventParticipants.id, aca[0] ?? 0))
      .run();
    expect((await t.fail('events.setLock', { id, locked: true })).message).toMatch(/niet vergrendeld worden.*niet beschikbaar/);
    await t.ok('events.unscheduleMeeting', { id });
    expect(meetings()[0]).toMatchObject({ status: 'aanvaard', slotIndex: null, locked: false });
  });
});
