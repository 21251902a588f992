import { count, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, eventMeetings } from '../../../db/schema';
import { eventWorld, type EventWorld } from './world';

let w: EventWorld;
beforeEach(() => {
  w = eventWorld();
});
afterEach(() => w.ctx.cleanup());

const audits = () => w.ctx.db().select({ n: count() }).from(auditLog).get()?.n ?? 0;
const meetingRow = (id: number) => w.ctx.db().select().from(eventMeetings).where(eq(eventMeetings.id, id)).get();

async function expectRefused(method: Parameters<typeof w.router.call>[0], input: unknown, code: string, message: RegExp) {
  const before = audits();
  const res = await w.router.call(method, input);
  expect(res.ok).toBe(false);
  if (!res.ok) {
    expect(res.error.code).toBe(code);
    expect(res.error.message).toMatch(message);
  }
  expect(audits()).toBe(before);
}

describe('the day list', () => {
  it('lists scheduled meetings by slot with times; before the day in order, the first slot still to mark is current', async () => {
    const e1 = w.enterprise('Kringwinkel Gent', true).participantId;
    const e2 = w.enterprise('Maatwerk Noord', false).participantId;
    const a1 = w.participant('academicus', 'Prof. Peeters');
    const a2 = w.participant('academicus', 'Dr. Janssens');
    const held = w.meeting(e1, a1, { status: 'gehouden', slot: 0, table: 1 });
    const m2 = w.meeting(e2, a2, { slot: 1, table: 2 });
    const m3 = w.meeting(e1, a2, { slot: 2, table: 1 });
    w.meeting(e2, a1, { status: 'aanvaard', slot: null, table: null });
    const view = await w.ok('eventDay.day', { eventId: w.eventId });
    expect(view.currentSlotIndex).toBe(1);
    expect(view.slots.map((s) => s.slot.index)).toEqual([0, 1, 2]);
    expect(view.slots[1]?.slot).toEqual({ index: 1, start: '09:15', end: '09:27' });
    expect(view.slots.flatMap((s) => s.meetings.map((m) => m.id))).toEqual([held, m2, m3]);
    expect(view.slots[1]?.meetings[0]).toMatchObject({
      tableNumber: 2,
      requester: { displayName: 'Maatwerk Noord' },
      target: { displayName: 'Dr. Janssens' },
    });
  });

  it('on the event day the round under way comes first, until the next one starts', async () => {
    const e1 = w.enterprise('Kringwinkel Gent', true).participantId;
    const a1 = w.participant('academicus', 'Prof. Peeters');
    const a2 = w.participant('academicus', 'Dr. Janssens');
    const a3 = w.participant('academicus', 'Ir. Maes');
    w.meeting(e1, a1, { slot: 0 });
    w.meeting(e1, a2, { slot: 1 });
    w.meeting(e1, a3, { slot: 3 });
    // 09:28 in Brussels (winter time, UTC+1) = 08:28 UTC: slot 1 (09:15-09:27) just ended, slot 2 is empty.
    w.clock.set('2026-12-10T08:28:00.000Z');
    const view = await w.ok('eventDay.day', { eventId: w.eventId });
    expect(view.currentSlotIndex).toBe(1);
    expect(view.slots.map((s) => s.slot.index)).toEqual([1, 3, 0]);
    w.clock.set('2026-12-10T08:50:00.000Z');
    expect((await w.ok('eventDay.day', { eventId: w.eventId })).slots.map((s) => s.slot.index)).toEqual([3, 0, 1]);
  });
});

describe('marking held and no-show', () => {
  it('marks held, switches to no-show of one side, and undoes the mark; every step audited', async () => {
    const e1 = w.enterprise('Kringwinkel Gent', true).participantId;
    const a1 = w.participant('academicus', 'Prof. Peeters');
    const id = w.meeting(e1, a1);
    const held = await w.ok('eventDay.mark', { meetingId: id, outcome: 'gehouden' });
    expect(held.status).toBe('gehouden');
    const missed = await w.ok('eventDay.mark', { meetingId: id, outcome: 'niet_opgedaagd', noShowParticipantId: a1 });
    expect(missed).toMatchObject({ status: 'niet_opgedaagd', noShowParticipantId: a1 });
    const undone = await w.ok('eventDay.undoMark', { meetingId: id });
    expect(undone).toMatchObject({ status: 'ingepland', noShowParticipantId: null });
    const actions = w.ctx
      .db()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entity, 'event_meeting'))
      .all();
    expect(actions.map((a) => a.action)).toEqual(['held', 'no_show', 'undo_mark']);
  });

  it('refuses to mark a meeting that is not scheduled, and a no-show of someone else; nothing written', async () => {
    const e1 = w.enterprise('Kringwinkel Gent', true).participantId;
    const a1 = w.participant('academicus', 'Prof. Peeters');
    const a2 = w.participant('academicus', 'Dr. Janssens');
    const requested = w.meeting(e1, a1, { status: 'aanvaard', slot: null, table: null });
    await expectRefused('eventDay.mark', { meetingId: requested, outcome: 'gehouden' }, 'CONFLICT', /niet ingepland/);
    expect(meetingRow(requested)?.status).toBe('aanvaard');
    const planned = w.meeting(e1, a2, { slot: 1 });
    await expectRefused(
      'eventDay.mark',
      { meetingId: planned, outcome: 'niet_opgedaagd', noShowParticipantId: a1 },
      'VALIDATION',
      /niet kwam opdagen/,
    );
    expect(meetingRow(planned)?.status).toBe('ingepland');
    await expectRefused('eventDay.undoMark', { meetingId: planned }, 'CONFLICT', /niets ongedaan/);
    await expectRefused('eventDay.mark', { meetingId: 9999, outcome: 'gehouden' }, 'NOT_FOUND', /bestaat niet/);
    const bad = await w.router.call('eventDay.mark', { meetingId: planned, outcome: 'misschien' });
    expect(bad.ok).toBe(false);
  });
});

describe('rating', () => {
  it('rates a held meeting with a comment; refuses a meeting not held; a rated meeting keeps its mark', async () => {
    const e1 = w.enterprise('Kringwinkel Gent', true).participantId;
    const a1 = w.participant('academicus', 'Prof. Peeters');
    const id = w.meeting(e1, a1);
    await expectRefused('eventDay.rate', { meetingId: id, rating: 'informatief' }, 'CONFLICT', /Alleen een gehouden gesprek/);
    expect(meetingRow(id)?.rating).toBeNull();
    await w.ok('eventDay.mark', { meetingId: id, outcome: 'gehouden' });
    const rated = await w.ok('eventDay.rate', {
      meetingId: id,
      rating: 'samenwerking_mogelijk',
      comment: '  Wil een studentenproject  ',
    });
    expect(rated).toMatchObject({ rating: 'samenwerking_mogelijk', ratingComment: 'Wil een studentenproject' });
    await expectRefused('eventDay.undoMark', { meetingId: id }, 'CONFLICT', /beoordeling/);
    await expectRefused('eventDay.mark', { meetingId: id, outcome: 'niet_opgedaagd' }, 'CONFLICT', /beoordeling/);
    const bad = await w.router.call('eventDay.rate', { meetingId: id, rating: 'super' });
    expect(bad.ok).toBe(false);
  });
});
