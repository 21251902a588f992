import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { eventMeetings } from '../../../db/schema';
import { accepted, eventWithPeople, issueFor, useEventsTest } from './helpers';

const t = useEventsTest();

function meeting(id: number) {
  const row = t.ctx.db().select().from(eventMeetings).where(eq(eventMeetings.id, id)).get();
  if (!row) throw new Error(`meeting ${id}`);
  return row;
}

describe('events: editing a request (priority, mutual, precedence)', () => {
  it('changes priority and mutual with one audit row; marking a pending request mutual accepts it', async () => {
    const { eventId, ent, aca } = await eventWithPeople(t, 1, 1);
    const [e] = ent as [number];
    const [a] = aca as [number];
    const { id } = await t.ok('events.createRequest', { eventId, requesterId: e, targetId: a, priority: 'mag' });
    expect(meeting(id).status).toBe('gevraagd');
    await t.ok('events.updateRequest', { id, priority: 'must', mutual: true });
    expect(meeting(id)).toMatchObject({ priority: 'must', mutual: true, status: 'aanvaard', beforeMeetingId: null });
    const updates = t.audit('event_meeting', id).filter((r) => r.action === 'update');
    expect(updates).toHaveLength(1);
    expect(updates[0]?.changes).toMatchObject({
      priority: { from: 'mag', to: 'must' },
      mutual: { from: false, to: true },
      status: { from: 'gevraagd', to: 'aanvaard' },
    });
    // Unchanged input writes nothing.
    await t.ok('events.updateRequest', { id, priority: 'must', mutual: true });
    expect(t.audit('event_meeting', id).filter((r) => r.action === 'update')).toHaveLength(1);
    const bad = await t.fail('events.updateRequest', { id, priority: 'heel graag', mutual: true });
    expect(bad.code).toBe('VALIDATION');
  });

  it('sets and clears a precedence; a cycle is refused at the field and nothing is written', async () => {
    const { eventId, ent, aca } = await eventWithPeople(t, 3, 1);
    const [m1, m2, m3] = [
      await accepted(t, eventId, ent[0] ?? 0, aca[0] ?? 0),
      await accepted(t, eventId, ent[1] ?? 0, aca[0] ?? 0),
      await accepted(t, eventId, ent[2] ?? 0, aca[0] ?? 0),
    ];
    await t.ok('events.updateRequest', { id: m1, priority: 'graag', mutual: false, beforeMeetingId: m2 });
    await t.ok('events.updateRequest', { id: m2, priority: 'graag', mutual: false, beforeMeetingId: m3 });
    expect(meeting(m1).beforeMeetingId).toBe(m2);
    // m3 before m1 would close the circle m1 -> m2 -> m3 -> m1.
    const cycle = await t.fail('events.updateRequest', { id: m3, priority: 'must', mutual: false, beforeMeetingId: m1 });
    expect(cycle.code).toBe('VALIDATION');
    expect(issueFor(cycle, 'beforeMeetingId')).toMatch(/kring/);
    expect(meeting(m3)).toMatchObject({ priority: 'graag', beforeMeetingId: null });
    const self = await t.fail('events.updateRequest', { id: m3, priority: 'graag', mutual: false, beforeMeetingId: m3 });
    expect(issueFor(self, 'beforeMeetingId')).toMatch(/vóór zichzelf/);
    // Leaving beforeMeetingId out keeps it; null clears it.
    await t.ok('events.updateRequest', { id: m1, priority: 'must', mutual: false });
    expect(meeting(m1).beforeMeetingId).toBe(m2);
    await t.ok('events.updateRequest', { id: m1, priority: 'must', mutual: false, beforeMeetingId: null });
    expect(meeting(m1).beforeMeetingId).toBeNull();
  });

  it('refuses a precedence that contradicts two locked meetings, also through a chain', async () => {
    const { eventId, ent, aca } = await eventWithPeople(t, 3, 1);
    const ids = [
      await accepted(t, eventId, ent[0] ?? 0, aca[0] ?? 0),
      await accepted(t, eventId, ent[1] ?? 0, aca[0] ?? 0),
      await accepted(t, eventId, ent[2] ?? 0, aca[0] ?? 0),
    ];
    const [early, late, free] = ids as [number, number, number];
    await t.ok('events.moveMeeting', { id: early, slotIndex: 0, tableNumber: 1 });
    await t.ok('events.moveMeeting', { id: late, slotIndex: 1, tableNumber: 1 });
    await t.ok('events.setLock', { id: early, locked: true });
    await t.ok('events.setLock', { id: late, locked: true });
    const wrong = await t.fail('events.updateRequest', { id: late, priority: 'graag', mutual: false, beforeMeetingId: early });
    expect(issueFor(wrong, 'beforeMeetingId')).toMatch(/staat vast om 09:15–09:27.*Ontgrendel/);
    expect(meeting(late).beforeMeetingId).toBeNull();
    // early -> free -> late needs two steps, but only one slot lies between them.
    await t.ok('events.updateRequest', { id: early, priority: 'graag', mutual: false, beforeMeetingId: free });
    const chain = await t.fail('events.updateRequest', { id: free, priority: 'graag', mutual: false, beforeMeetingId: late });
    expect(issueFor(chain, 'beforeMeetingId')).toMatch(/staat vast/);
    // The right order is accepted.
    await t.ok('events.updateRequest', { id: early, priority: 'graag', mutual: false, beforeMeetingId: late });
    expect(meeting(early).beforeMeetingId).toBe(late);
  });

  it('the grid and a manual move respect a precedence; the scheduler places the pair in order', async () => {
    const { eventId, ent, aca } = await eventWithPeople(t, 2, 2);
    const first = await accepted(t, eventId, ent[0] ?? 0, aca[0] ?? 0);
    const second = await accepted(t, eventId, ent[1] ?? 0, aca[1] ?? 0);
    await t.ok('events.updateRequest', { id: first, priority: 'graag', mutual: false, beforeMeetingId: second });
    await t.ok('events.moveMeeting', { id: second, slotIndex: 1, tableNumber: 1 });
    const cells = await t.ok('events.placements', { id: first });
    expect(cells.find((c) => c.slotIndex === 0 && c.tableNumber === 2)?.ok).toBe(true);
    const late = cells.find((c) => c.slotIndex === 2 && c.tableNumber === 1);
    expect(late?.ok).toBe(false);
    expect(late?.reason).toMatch(/moet vóór .* plaatsvinden/);
    const refused = await t.fail('events.moveMeeting', { id: first, slotIndex: 3, tableNumber: 1 });
    expect(refused.code).toBe('VALIDATION');
    expect(meeting(first).slotIndex).toBeNull();
    await t.ok('events.moveMeeting', { id: first, slotIndex: 0, tableNumber: 2 });
    const back = await t.fail('events.moveMeeting', { id: second, slotIndex: 0, tableNumber: 1 });
    expect(back.message).toMatch(/moet na .* komen/);
    expect(meeting(second).slotIndex).toBe(1);

    await t.ok('events.unscheduleMeeting', { id: first });
    await t.ok('events.unscheduleMeeting', { id: second });
    // Make the precedence bind: the scheduler would otherwise be free to swap them.
    await t.ok('events.schedule', { eventId, mode: 'all', timeLimitSeconds: 2 });
    const a = meeting(first);
    const b = meeting(second);
    expect(a.status).toBe('ingepland');
    expect(b.status).toBe('ingepland');
    expect(a.slotIndex ?? 99).toBeLessThan(b.slotIndex ?? -1);
  });
});
