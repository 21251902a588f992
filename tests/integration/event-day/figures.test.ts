import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventParticipants, eventScheduleRuns, intakes, needs, trajects } from '../../../db/schema';
import { eventFigures } from '../../../electron/services/events/figures';
import { eventWorld, type EventWorld } from './world';

let w: EventWorld;
beforeEach(() => {
  w = eventWorld();
});
afterEach(() => w.ctx.cleanup());

describe('event figures', () => {
  it('counts registrations, requests, schedule, marks, ratings, intakes, trajects and follow-up from hand-made data', async () => {
    const db = w.ctx.db();
    const e1 = w.enterprise('Kringwinkel Gent', true);
    const e2 = w.enterprise('Maatwerk Noord', true);
    const e3 = w.enterprise('Zorgbedrijf Oost', false);
    const cancelled = w.participant('onderneming', 'Afgemeld bv');
    db.update(eventParticipants).set({ status: 'geannuleerd' }).where(eq(eventParticipants.id, cancelled)).run();
    const a1 = w.participant('academicus', 'Prof. Peeters');
    const a2 = w.participant('academicus', 'Dr. Janssens');

    // 9 requests: 1 asked, 1 declined, 1 accepted-not-placed, 2 planned, 3 held, 1 no-show.
    w.meeting(cancelled, a1, { status: 'gevraagd', slot: null, table: null });
    w.meeting(cancelled, a2, { status: 'geweigerd', slot: null, table: null });
    w.meeting(e3.participantId, a2, { status: 'aanvaard', slot: null, table: null });
    w.meeting(e3.participantId, a1, { slot: 3, table: 1 });
    const planned = w.meeting(e2.participantId, a2, { slot: 3, table: 2 });
    const h1 = w.meeting(e1.participantId, a1, { slot: 0, table: 1 });
    const h2 = w.meeting(e2.participantId, a1, { slot: 1, table: 1 });
    const h3 = w.meeting(a2, e1.participantId, { slot: 0, table: 2 });
    const ns = w.meeting(a2, e3.participantId, { slot: 1, table: 3 });
    void planned;
    for (const id of [h1, h2, h3]) await w.ok('eventDay.mark', { meetingId: id, outcome: 'gehouden' });
    await w.ok('eventDay.mark', { meetingId: ns, outcome: 'niet_opgedaagd', noShowParticipantId: e3.participantId });
    await w.ok('eventDay.rate', { meetingId: h1, rating: 'samenwerking_mogelijk', comment: '' });
    await w.ok('eventDay.rate', { meetingId: h2, rating: 'informatief', comment: '' });
    const i1 = await w.ok('eventDay.createIntake', { meetingId: h1, date: '2026-12-17' });
    const i2 = await w.ok('eventDay.createIntake', { meetingId: h2, date: '2026-12-18' });
    // One intake was held and its need went into a traject.
    db.update(intakes).set({ held: true }).where(eq(intakes.id, i1.intakeId)).run();
    const now = w.ctx.now().toISOString();
    const trajectId = db
      .insert(trajects)
      .values({ title: 'Studentenproject', type: 'studentenproject', createdAt: now, updatedAt: now })
      .returning({ id: trajects.id })
      .get().id;
    db.update(needs).set({ trajectId }).where(eq(needs.id, i1.needId)).run();
    void i2;
    await w.ok('eventDay.setFollowUp', { meetingId: h1, followUp: 'traject_gestart', date: '2027-03-01' });
    db.insert(eventScheduleRuns)
      .values({
        eventId: w.eventId,
        mode: 'all',
        status: 'feasible',
        requested: 6,
        placed: 5,
        upperBound: 6,
        breaks: 2,
        seconds: 1,
        startedAt: '2026-11-20T10:00:00.000Z',
        actor: 'test',
      })
      .run();
    db.insert(eventScheduleRuns)
      .values({
        eventId: w.eventId,
        mode: 'rest',
        status: 'optimal',
        requested: 6,
        placed: 6,
        upperBound: 6,
        breaks: 1,
        seconds: 1,
        startedAt: '2026-11-21T10:00:00.000Z',
        actor: 'test',
      })
      .run();

    const figures = eventFigures(w.ctx, w.eventId);
    expect(figures).toEqual({
      eventId: w.eventId,
      registrations: { onderneming: 3, academicus: 2, cancelled: 1 },
      requests: 9,
      accepted: 7,
      declined: 1,
      scheduled: 6,
      lastRun: { placed: 6, upperBound: 6, requested: 6, status: 'optimal' },
      held: 3,
      noShows: 1,
      ratings: { geen_interesse: 0, informatief: 1, samenwerking_mogelijk: 1 },
      unrated: 1,
      intakes: 2,
      intakesHeld: 1,
      trajects: 1,
      followUps: {
        geen_verder_contact: 0,
        contact_gelegd: 0,
        intake_gepland: 0,
        samenwerking_in_voorbereiding: 0,
        traject_gestart: 1,
      },
      withoutFollowUp: 2,
    });
    // The same numbers through the contract.
    expect(await w.ok('eventDay.figures', { eventId: w.eventId })).toEqual(figures);
  });

  it('an empty event has zero figures and no last run; an unknown event is refused', async () => {
    const figures = eventFigures(w.ctx, w.eventId);
    expect(figures.requests).toBe(0);
    expect(figures.lastRun).toBeNull();
    expect(figures.registrations).toEqual({ onderneming: 0, academicus: 0, cancelled: 0 });
    const res = await w.router.call('eventDay.figures', { eventId: 999 });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('NOT_FOUND');
  });
});
