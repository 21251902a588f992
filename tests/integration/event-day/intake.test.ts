import { count, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, eventMeetings, intakes, needs, timelineEntries } from '../../../db/schema';
import { eventWorld, type EventWorld } from './world';

let w: EventWorld;
beforeEach(() => {
  w = eventWorld();
});
afterEach(() => w.ctx.cleanup());

const db = () => w.ctx.db();
const counts = () => ({
  audit: db().select({ n: count() }).from(auditLog).get()?.n ?? 0,
  intakes: db().select({ n: count() }).from(intakes).get()?.n ?? 0,
  needs: db().select({ n: count() }).from(needs).get()?.n ?? 0,
  timeline: db().select({ n: count() }).from(timelineEntries).get()?.n ?? 0,
});

async function heldAndRated(
  requester: number,
  target: number,
  rating: 'geen_interesse' | 'informatief' | 'samenwerking_mogelijk' | null,
) {
  const id = w.meeting(requester, target);
  await w.ok('eventDay.mark', { meetingId: id, outcome: 'gehouden' });
  if (rating) await w.ok('eventDay.rate', { meetingId: id, rating, comment: 'Interesse in een studentenproject' });
  return id;
}

describe('Intake aanmaken from a meeting', () => {
  it("plans an intake on the enterprise's need, links the meeting, moves the need to intake gepland, with timeline entries", async () => {
    const e = w.enterprise('Kringwinkel Gent', true);
    const a = w.participant('academicus', 'Prof. Peeters');
    const id = await heldAndRated(a, e.participantId, 'samenwerking_mogelijk');
    const result = await w.ok('eventDay.createIntake', { meetingId: id, date: '2026-12-17' });
    expect(result).toMatchObject({ needId: e.needId, needCreated: false });
    const intake = db().select().from(intakes).where(eq(intakes.id, result.intakeId)).get();
    expect(intake).toMatchObject({
      needId: e.needId,
      date: '2026-12-17',
      held: false,
      participants: 'Kringwinkel Gent, Prof. Peeters',
    });
    expect(db().select().from(eventMeetings).where(eq(eventMeetings.id, id)).get()).toMatchObject({
      intakeId: result.intakeId,
      needId: e.needId,
    });
    expect(
      db()
        .select()
        .from(needs)
        .where(eq(needs.id, e.needId ?? 0))
        .get()?.status,
    ).toBe('intake_gepland');
    const summaries = db()
      .select({ summary: timelineEntries.summary })
      .from(timelineEntries)
      .where(eq(timelineEntries.needId, e.needId ?? 0))
      .all()
      .map((r) => r.summary);
    expect(summaries).toEqual(
      expect.arrayContaining([
        'Intakegesprek gepland op 17/12/2026',
        'Status: nieuw → intake gepland (intakegesprek)',
        'Gesprek op matchmakingevent Matchmaking Digitaal Gent met Prof. Peeters: samenwerking mogelijk',
      ]),
    );
    const day = await w.ok('eventDay.day', { eventId: w.eventId });
    expect(day.slots[0]?.meetings[0]?.intakeId).toBe(result.intakeId);
  });

  it('creates a new need for the organisation when the participant has none', async () => {
    const e = w.enterprise('Maatwerk Noord', false);
    const a = w.participant('academicus', 'Dr. Janssens');
    const id = await heldAndRated(e.participantId, a, 'informatief');
    const result = await w.ok('eventDay.createIntake', { meetingId: id, date: '2026-12-18', participants: 'Sofie en An' });
    expect(result.needCreated).toBe(true);
    const need = db().select().from(needs).where(eq(needs.id, result.needId)).get();
    expect(need).toMatchObject({
      organisationId: e.organisationId,
      source: 'event',
      status: 'intake_gepland',
      title: 'Gesprek op Matchmaking Digitaal Gent met Dr. Janssens',
      question: 'Interesse in een studentenproject',
    });
  });

  it('refuses without interest, without an enterprise organisation, twice, or when not held; nothing written', async () => {
    const e = w.enterprise('Kringwinkel Gent', true);
    const a = w.participant('academicus', 'Prof. Peeters');
    const b = w.participant('academicus', 'Dr. Janssens');
    const c = w.participant('academicus', 'Ir. Maes');
    const loose = w.participant('onderneming', 'Onbekende vzw');
    const planned = w.meeting(e.participantId, c, { slot: 3 });
    const unrated = await heldAndRated(e.participantId, a, null);
    const noInterest = await heldAndRated(e.participantId, b, 'geen_interesse');
    const noOrg = await heldAndRated(loose, a, 'informatief');
    const cases: [number, string, RegExp][] = [
      [planned, 'CONFLICT', /gehouden gesprek/],
      [unrated, 'CONFLICT', /Beoordeel het gesprek eerst/],
      [noInterest, 'CONFLICT', /geen interesse/],
      [noOrg, 'VALIDATION', /geen onderneming met een gekende organisatie/],
    ];
    const before = counts();
    for (const [meetingId, code, message] of cases) {
      const res = await w.router.call('eventDay.createIntake', { meetingId, date: '2026-12-17' });
      expect(res.ok).toBe(false);
      if (!res.ok) {
        expect(res.error.code).toBe(code);
        expect(res.error.message).toMatch(message);
      }
    }
    const bad = await w.router.call('eventDay.createIntake', { meetingId: planned, date: '31/12/2026' });
    expect(bad.ok).toBe(false);
    expect(counts()).toEqual(before);

    await w.ok('eventDay.rate', { meetingId: unrated, rating: 'informatief', comment: '' });
    await w.ok('eventDay.createIntake', { meetingId: unrated, date: '2026-12-17' });
    const afterFirst = counts();
    const again = await w.router.call('eventDay.createIntake', { meetingId: unrated, date: '2026-12-20' });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toMatch(/al een intake/);
    expect(counts()).toEqual(afterFirst);
  });

  it('rolls back the new need when a later step fails (one transaction)', async () => {
    const e = w.enterprise('Maatwerk Noord', false);
    const a = w.participant('academicus', 'Dr. Janssens');
    const id = await heldAndRated(e.participantId, a, 'informatief');
    // A trigger makes the intake insert fail after the need was created inside the same action.
    w.ctx.sqlite().exec(`CREATE TRIGGER fail_intake BEFORE INSERT ON intakes BEGIN SELECT RAISE(ABORT, 'kapot'); END;`);
    const before = counts();
    const res = await w.router.call('eventDay.createIntake', { meetingId: id, date: '2026-12-17' });
    expect(res.ok).toBe(false);
    expect(counts()).toEqual(before);
    expect(db().select().from(eventMeetings).where(eq(eventMeetings.id, id)).get()?.intakeId).toBeNull();
  });
});
