import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventWorld, type EventWorld } from './world';

let w: EventWorld;
beforeEach(() => {
  w = eventWorld();
});
afterEach(() => w.ctx.cleanup());

describe('who to notify before a manual change to a printed agenda', () => {
  it('says nothing before a print, names both people of a printed meeting, and nobody when it goes back', async () => {
    const e1 = w.participant('onderneming', 'Kringwinkel Gent');
    const a1 = w.participant('academicus', 'Prof. Peeters');
    const a2 = w.participant('academicus', 'Dr. Janssens');
    const printed = w.meeting(e1, a1, { slot: 0, table: 1 });
    const before = await w.ok('events.printImpact', { id: printed, slotIndex: 1, tableNumber: 1 });
    expect(before).toEqual({ printedAt: null, printedPlace: null, notify: [] });

    await w.ok('eventDay.markPrinted', { eventId: w.eventId });
    // Added after the print: it was on nobody's paper agenda.
    const later = w.meeting(e1, a2, { slot: 2, table: 2 });

    const move = await w.ok('events.printImpact', { id: printed, slotIndex: 1, tableNumber: 2 });
    expect(move.printedAt).not.toBeNull();
    expect(move.printedPlace).toEqual({ slotIndex: 0, tableNumber: 1, start: '09:00' });
    expect(move.notify.map((n) => n.displayName)).toEqual(['Kringwinkel Gent', 'Prof. Peeters']);
    const cancel = await w.ok('events.printImpact', { id: printed, slotIndex: null, tableNumber: null });
    expect(cancel.notify).toHaveLength(2);
    const home = await w.ok('events.printImpact', { id: printed, slotIndex: 0, tableNumber: 1 });
    expect(home.notify).toEqual([]);
    const fresh = await w.ok('events.printImpact', { id: later, slotIndex: 3, tableNumber: 1 });
    expect(fresh).toMatchObject({ printedPlace: null, notify: [] });

    // The move itself then shows up in the changes list with the same people to tell.
    await w.ok('events.moveMeeting', { id: printed, slotIndex: 1, tableNumber: 2 });
    const changes = await w.ok('eventDay.changesSincePrint', { eventId: w.eventId });
    expect(changes.changes.find((c) => c.meetingId === printed)).toMatchObject({ kind: 'verplaatst' });
    expect(changes.notify.map((n) => n.displayName)).toEqual(expect.arrayContaining(['Kringwinkel Gent', 'Prof. Peeters']));
    const missing = await w.router.call('events.printImpact', { id: 99999, slotIndex: null, tableNumber: null });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });

  it('tells the planning tab how many printed meetings a full re-run may move, and for how many people', async () => {
    const e1 = w.participant('onderneming', 'Kringwinkel Gent');
    const e2 = w.participant('onderneming', 'De Vlaspit');
    const a1 = w.participant('academicus', 'Prof. Peeters');
    const a2 = w.participant('academicus', 'Dr. Janssens');
    const first = w.meeting(e1, a1, { slot: 0, table: 1 });
    const second = w.meeting(e2, a2, { slot: 0, table: 2 });
    expect((await w.ok('events.scheduleSummary', { eventId: w.eventId })).printed).toBeNull();

    await w.ok('eventDay.markPrinted', { eventId: w.eventId });
    w.meeting(e1, a2, { slot: 2, table: 1 }); // added after the print: on nobody's paper yet
    const summary = await w.ok('events.scheduleSummary', { eventId: w.eventId });
    expect(summary.printed).toMatchObject({ movable: 2, people: 4 });
    expect(summary.printed?.printedAt).toEqual(expect.any(String));

    // A locked meeting stays where it is on a full re-run: it is not at risk.
    await w.ok('events.setLock', { id: second, locked: true });
    expect((await w.ok('events.scheduleSummary', { eventId: w.eventId })).printed).toMatchObject({ movable: 1, people: 2 });
    await w.ok('events.setLock', { id: first, locked: true });
    expect((await w.ok('events.scheduleSummary', { eventId: w.eventId })).printed).toMatchObject({ movable: 0, people: 0 });
  });
});
