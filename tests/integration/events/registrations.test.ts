import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { eventMeetings, eventParticipants } from '../../../db/schema';
import { accepted, baseEvent, eventWithPeople, issueFor, seedPeople, useEventsTest } from './helpers';

const t = useEventsTest();

describe('events: registrations', () => {
  it('registers an enterprise and an academic from existing records, and finds candidates', async () => {
    const people = seedPeople(t.ctx, 1, 1);
    const { id: eventId } = await t.ok('events.create', baseEvent);
    const org = people.orgs[0];
    const exp = people.experts[0];
    if (!org || !exp) throw new Error('seed');
    const found = await t.ok('events.searchCandidates', { eventId, side: 'onderneming', search: 'maatwerk' });
    expect(found[0]).toMatchObject({ id: org.organisationId, registered: false });
    expect(found[0]?.needs.map((n) => n.id)).toEqual([org.needId]);
    await t.ok('events.addEnterprise', { eventId, ...org, availability: [{ start: '09:00', end: '09:30' }], maxMeetings: 2 });
    const { id: aca } = await t.ok('events.addAcademic', { eventId, expertId: exp.expertId, expertiseGroupId: exp.groupId });
    const again = await t.ok('events.searchCandidates', { eventId, side: 'onderneming', search: 'maatwerk' });
    expect(again[0]?.registered).toBe(true);
    const academics = await t.ok('events.searchCandidates', { eventId, side: 'academicus', search: 'Claes' });
    expect(academics[0]).toMatchObject({ registered: true, groups: [{ id: exp.groupId }] });
    const list = await t.ok('events.listParticipants', { eventId, offset: 0, limit: 50 });
    expect(list.total).toBe(2);
    expect(list.rows.map((r) => [r.side, r.displayName, r.detail])).toEqual([
      ['academicus', 'Jan Claes 1', expect.stringContaining('Kenniscentrum Digitale Zorg')],
      ['onderneming', 'Maatwerkbedrijf A', 'An Peeters 1'],
    ]);
    expect(t.audit('event_participant', aca)[0]?.action).toBe('create');
  });

  it('never registers the same contact or expert twice', async () => {
    const { eventId, people } = await eventWithPeople(t, 1, 1);
    const org = people.orgs[0];
    const exp = people.experts[0];
    if (!org || !exp) throw new Error('seed');
    const dupOrg = await t.fail('events.addEnterprise', { eventId, ...org });
    expect(issueFor(dupOrg, 'contactId')).toMatch(/is al ingeschreven voor dit evenement/);
    const dupExp = await t.fail('events.addAcademic', { eventId, expertId: exp.expertId });
    expect(issueFor(dupExp, 'expertId')).toBe('Jan Claes 1 is al ingeschreven voor dit evenement.');
    expect(t.ctx.db().select().from(eventParticipants).all()).toHaveLength(2);
  });

  it('refuses a participant unavailable for the whole event, and records that do not belong together', async () => {
    const people = seedPeople(t.ctx, 2, 1);
    const { id: eventId } = await t.ok('events.create', baseEvent);
    const [a, b] = people.orgs;
    if (!a || !b) throw new Error('seed');
    const never = await t.fail('events.addEnterprise', { eventId, ...a, availability: [{ start: '13:00', end: '17:00' }] });
    expect(issueFor(never, 'availability')).toMatch(/geen enkel gespreksslot/);
    const reversed = await t.fail('events.addEnterprise', { eventId, ...a, availability: [{ start: '10:00', end: '09:00' }] });
    expect(issueFor(reversed, 'availability.0')).toMatch(/einde ligt niet na het begin/);
    const wrongContact = await t.fail('events.addEnterprise', { eventId, ...a, contactId: b.contactId });
    expect(issueFor(wrongContact, 'contactId')).toMatch(/contactpersoon van deze organisatie/);
    const wrongNeed = await t.fail('events.addEnterprise', { eventId, ...a, needId: b.needId });
    expect(issueFor(wrongNeed, 'needId')).toMatch(/hulpvraag van deze organisatie/);
    expect(t.ctx.db().select().from(eventParticipants).all()).toHaveLength(0);
  });

  it('stops at the event cap', async () => {
    const { eventId, people } = await eventWithPeople(t, 1, 1, { maxParticipants: 2 });
    void people;
    const more = seedPeople(t.ctx, 1, 0).orgs[0];
    if (!more) throw new Error('seed');
    const error = await t.fail('events.addEnterprise', { eventId, ...more });
    expect(error.message).toMatch(/volzet/);
  });

  it('cancelling a registration cancels its open meetings', async () => {
    const { eventId, ent, aca } = await eventWithPeople(t, 1, 1);
    const id = await accepted(t, eventId, ent[0] ?? 0, aca[0] ?? 0);
    await t.ok('events.moveMeeting', { id, slotIndex: 0, tableNumber: 1 });
    await t.ok('events.setParticipantStatus', { id: ent[0] ?? 0, cancelled: true });
    expect(t.ctx.db().select().from(eventMeetings).all()[0]).toMatchObject({ status: 'geannuleerd', slotIndex: null });
  });
});

describe('events: meeting requests', () => {
  it('refuses same side, same organisation, self and duplicate pairs, in either direction', async () => {
    const { eventId, ent, aca } = await eventWithPeople(t, 2, 2);
    const [e1 = 0, e2 = 0] = ent;
    const [a1 = 0, a2 = 0] = aca;
    const sameSide = await t.fail('events.createRequest', { eventId, requesterId: e1, targetId: e2 });
    expect(issueFor(sameSide, 'targetId')).toMatch(/zijn beide ondernemingen/);
    const academics = await t.fail('events.createRequest', { eventId, requesterId: a1, targetId: a2 });
    expect(issueFor(academics, 'targetId')).toMatch(/zijn beide academici/);
    expect(issueFor(await t.fail('events.createRequest', { eventId, requesterId: e1, targetId: e1 }), 'targetId')).toMatch(
      /zichzelf/,
    );
    await t.ok('events.createRequest', { eventId, requesterId: e1, targetId: a1, priority: 'must' });
    expect(issueFor(await t.fail('events.createRequest', { eventId, requesterId: e1, targetId: a1 }), 'targetId')).toMatch(
      /bestaat al een aanvraag/,
    );
    expect(issueFor(await t.fail('events.createRequest', { eventId, requesterId: a1, targetId: e1 }), 'targetId')).toMatch(
      /bestaat al een aanvraag/,
    );
    // Same organisation: an enterprise participant registered with another contact of its organisation would share it.
    t.ctx.db().update(eventParticipants).set({ side: 'academicus' }).where(eventsParticipantIs(e2)).run();
    t.ctx
      .db()
      .update(eventParticipants)
      .set({
        organisationId:
          t.ctx
            .db()
            .select()
            .from(eventParticipants)
            .all()
            .find((p) => p.id === e1)?.organisationId ?? null,
      })
      .where(eventsParticipantIs(e2))
      .run();
    expect(issueFor(await t.fail('events.createRequest', { eventId, requesterId: e1, targetId: e2 }), 'targetId')).toMatch(
      /dezelfde organisatie/,
    );
    expect(t.ctx.db().select().from(eventMeetings).all()).toHaveLength(1);
  });

  it('accepts and declines on behalf of the other side; a mutual request is accepted at once', async () => {
    const { eventId, ent, aca } = await eventWithPeople(t, 2, 1);
    const [e1 = 0, e2 = 0] = ent;
    const [a1 = 0] = aca;
    const { id: asked } = await t.ok('events.createRequest', { eventId, requesterId: e1, targetId: a1 });
    await t.ok('events.respondRequest', { id: asked, accept: false, reason: 'Geen tijd' });
    const { id: mutual } = await t.ok('events.createRequest', {
      eventId,
      requesterId: a1,
      targetId: e2,
      mutual: true,
      priority: 'must',
    });
    const rows = (await t.ok('events.listMeetings', { eventId, offset: 0, limit: 50 })).rows;
    expect(rows.find((r) => r.id === asked)).toMatchObject({ status: 'geweigerd', declineReason: 'Geen tijd' });
    expect(rows.find((r) => r.id === mutual)).toMatchObject({
      status: 'aanvaard',
      enterpriseName: 'Maatwerkbedrijf B',
      academicName: 'Jan Claes 1',
    });
    expect(t.audit('event_meeting', asked).map((a) => a.action)).toEqual(['create', 'decline']);
  });

  it('suggests academics whose expertise group shares a theme with the need, without existing pairs', async () => {
    const { eventId, ent, aca } = await eventWithPeople(t, 2, 2);
    const before = await t.ok('events.suggestions', { eventId });
    expect(before).toHaveLength(4);
    await t.ok('events.createRequest', { eventId, requesterId: ent[0] ?? 0, targetId: aca[0] ?? 0, fromSuggestion: true });
    const after = await t.ok('events.suggestions', { eventId });
    expect(after).toHaveLength(3);
    expect(after[0]?.sharedThemes).toHaveLength(1);
    expect((await t.ok('events.listMeetings', { eventId, offset: 0, limit: 5 })).rows[0]?.source).toBe('routing');
  });
});

function eventsParticipantIs(id: number) {
  return eq(eventParticipants.id, id);
}
