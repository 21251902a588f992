import { describe, expect, it } from 'vitest';
import { eventMeetings, events } from '../../../db/schema';
import { deriveSlots } from '../../../electron/services/events/slots';
import { accepted, baseEvent, eventWithPeople, issueFor, useEventsTest } from './helpers';

const t = useEventsTest();

describe('events: slots', () => {
  it('derives slots per session with changeover, skipping breaks', () => {
    const slots = deriveSlots({ slotMinutes: 12, changeoverMinutes: 3 }, [
      { start: '13:30', end: '15:00', breaks: [{ start: '14:00', end: '14:20' }] },
      { start: '09:00', end: '09:40', breaks: [] },
    ]);
    expect(slots.map((s) => `${s.session}:${s.start}-${s.end}`)).toEqual([
      '0:09:00-09:12',
      '0:09:15-09:27',
      '1:13:30-13:42',
      '1:13:45-13:57',
      '1:14:20-14:32',
      '1:14:35-14:47',
    ]);
    expect(slots.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('creates an event with its sessions and shows the derived slots', async () => {
    const { id } = await t.ok('events.create', baseEvent);
    const detail = await t.ok('events.get', { id });
    expect(detail.slots).toHaveLength(4);
    expect(detail.slots[3]).toMatchObject({ start: '09:45', end: '09:57' });
    expect(t.audit('event', id)[0]?.action).toBe('create');
    const list = await t.ok('events.list', { offset: 0, limit: 10 });
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ id, slotCount: 4, participants: 0 });
  });
});

describe('events: bad layout', () => {
  const bad = async (patch: Partial<typeof baseEvent>) => {
    const error = await t.fail('events.create', { ...baseEvent, ...patch });
    expect(error.code).toBe('VALIDATION');
    expect(t.ctx.db().select().from(events).all()).toHaveLength(0);
    return error;
  };

  it('refuses a session that ends before it starts', async () => {
    const error = await bad({ sessions: [{ name: '', start: '10:00', end: '09:00', breaks: [] }] });
    expect(issueFor(error, 'sessions.0.end')).toMatch(/einde ligt niet na het begin/);
  });

  it('refuses a session too short for one slot', async () => {
    const error = await bad({ sessions: [{ name: '', start: '09:00', end: '09:10', breaks: [] }] });
    expect(issueFor(error, 'sessions.0.end')).toMatch(/te kort voor één gesprek van 12 minuten/);
  });

  it('refuses zero tables, overlapping sessions and a break outside its session', async () => {
    expect(issueFor(await bad({ tables: 0 }), 'tables')).toBe('Minstens één tafel.');
    const overlap = await bad({
      sessions: [
        { name: '', start: '09:00', end: '10:00', breaks: [] },
        { name: '', start: '09:30', end: '11:00', breaks: [] },
      ],
    });
    expect(issueFor(overlap, 'sessions.1.start')).toMatch(/overlapt/);
    const outside = await bad({
      sessions: [{ name: '', start: '09:00', end: '10:00', breaks: [{ start: '10:30', end: '10:45' }] }],
    });
    expect(issueFor(outside, 'sessions.0.breaks.0')).toMatch(/buiten de sessie/);
    expect(issueFor(await bad({ sessions: [] }), 'sessions')).toMatch(/minstens één sessie/);
    expect(issueFor(await bad({ sessions: [{ name: '', start: '9u', end: '10:00', breaks: [] }] }), 'sessions.0.start')).toMatch(
      /UU:MM/,
    );
  });
});

describe('events: editing the layout with scheduled meetings', () => {
  it('names the meetings that would lose their slot and only moves them out when confirmed', async () => {
    const { eventId, ent, aca } = await eventWithPeople(t, 1, 1);
    const id = await accepted(t, eventId, ent[0] ?? 0, aca[0] ?? 0);
    await t.ok('events.moveMeeting', { id, slotIndex: 3, tableNumber: 2 });
    const shorter = { ...baseEvent, id: eventId, sessions: [{ name: '', start: '09:00', end: '09:40', breaks: [] }] };
    const error = await t.fail('events.update', shorter);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/Maatwerkbedrijf A – Jan Claes 1 \(09:45–09:57, tafel 2\)/);
    expect((await t.ok('events.get', { id: eventId })).slots).toHaveLength(4);
    // A change that keeps the slot's time is fine without asking.
    await t.ok('events.update', { ...baseEvent, id: eventId, name: 'Matchmaking Gent (nieuw)' });
    const done = await t.ok('events.update', { ...shorter, confirmUnschedule: true });
    expect(done.unscheduled).toBe(1);
    const meeting = t.ctx.db().select().from(eventMeetings).all()[0];
    expect(meeting).toMatchObject({ status: 'aanvaard', slotIndex: null, tableNumber: null });
    expect(t.audit('event', eventId).map((a) => a.action)).toEqual(['create', 'update', 'update']);
  });

  it('fewer tables also displaces meetings at the removed tables', async () => {
    const { eventId, ent, aca } = await eventWithPeople(t, 1, 1);
    const id = await accepted(t, eventId, ent[0] ?? 0, aca[0] ?? 0);
    await t.ok('events.moveMeeting', { id, slotIndex: 0, tableNumber: 2 });
    const error = await t.fail('events.update', { ...baseEvent, id: eventId, tables: 1 });
    expect(error.code).toBe('CONFLICT');
    const row = (await t.ok('events.list', { offset: 0, limit: 10 })).rows[0];
    expect(row).toMatchObject({ participants: 2, meetings: 1, scheduled: 1 });
    expect(await t.ok('events.get', { id: eventId })).toMatchObject({ enterprises: 1, academics: 1, meetings: 1, scheduled: 1 });
  });
});
