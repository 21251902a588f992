import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, eventMeetings } from '../../../db/schema';
import { eventWorld, type EventWorld } from './world';

let w: EventWorld;
beforeEach(() => {
  w = eventWorld();
});
afterEach(() => w.ctx.cleanup());

describe('second-stage follow-up', () => {
  it('records follow-up on held meetings and lists those still without one, paged', async () => {
    const e1 = w.enterprise('Kringwinkel Gent', true).participantId;
    const e2 = w.enterprise('Maatwerk Noord', false).participantId;
    const a1 = w.participant('academicus', 'Prof. Peeters');
    const a2 = w.participant('academicus', 'Dr. Janssens');
    const m1 = w.meeting(a1, e1, { status: 'gehouden', slot: 0, table: 1 });
    const m2 = w.meeting(e2, a2, { status: 'gehouden', slot: 0, table: 2 });
    const m3 = w.meeting(e1, a2, { status: 'gehouden', slot: 1, table: 1 });
    w.meeting(e2, a1, { status: 'niet_opgedaagd', slot: 1, table: 2 });

    const all = await w.ok('eventDay.listFollowUp', { eventId: w.eventId });
    expect(all.total).toBe(3);
    expect(all.withoutFollowUp).toBe(3);
    expect(all.rows[0]).toMatchObject({
      meetingId: m1,
      enterpriseName: 'Kringwinkel Gent',
      academicName: 'Prof. Peeters',
      followUp: null,
    });

    await w.ok('eventDay.setFollowUp', {
      meetingId: m2,
      followUp: 'traject_gestart',
      note: 'Bachelorproef loopt',
      date: '2027-03-01',
    });
    const row = w.ctx.db().select().from(eventMeetings).where(eq(eventMeetings.id, m2)).get();
    expect(row).toMatchObject({ followUp: 'traject_gestart', followUpNote: 'Bachelorproef loopt', followUpAt: '2027-03-01' });
    const audit = w.ctx
      .db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'event_meeting'), eq(auditLog.action, 'follow_up')))
      .all();
    expect(audit).toHaveLength(1);

    const open = await w.ok('eventDay.listFollowUp', { eventId: w.eventId, onlyOpen: true });
    expect(open.rows.map((r) => r.meetingId)).toEqual([m1, m3]);
    expect(open.total).toBe(2);
    expect(open.withoutFollowUp).toBe(2);
    const paged = await w.ok('eventDay.listFollowUp', { eventId: w.eventId, offset: 1, limit: 1 });
    expect(paged.rows.map((r) => r.meetingId)).toEqual([m2]);
    expect(paged.total).toBe(3);
  });

  it('refuses follow-up on a meeting that was not held, and an unknown value; nothing written', async () => {
    const e1 = w.enterprise('Kringwinkel Gent', true).participantId;
    const a1 = w.participant('academicus', 'Prof. Peeters');
    const missed = w.meeting(e1, a1, { status: 'niet_opgedaagd' });
    const res = await w.router.call('eventDay.setFollowUp', {
      meetingId: missed,
      followUp: 'contact_gelegd',
      date: '2027-03-01',
    });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(/Alleen een gehouden gesprek/);
    const bad = await w.router.call('eventDay.setFollowUp', { meetingId: missed, followUp: 'misschien', date: '2027-03-01' });
    expect(bad.ok).toBe(false);
    expect(w.ctx.db().select().from(eventMeetings).where(eq(eventMeetings.id, missed)).get()?.followUp).toBeNull();
    expect(w.ctx.db().select().from(auditLog).where(eq(auditLog.entity, 'event_meeting')).all()).toHaveLength(0);
  });
});
