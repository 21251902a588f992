import {
  colleges,
  contacts,
  expertGroups,
  expertiseGroupThemes,
  expertiseGroups,
  experts,
  needThemes,
  needs,
  organisations,
  themes,
} from '../../../db/schema';
import type { InputOf } from '../../../electron/api/contract';
import type { TestContext } from '../../helpers/db';
import type { NetworkTest } from '../network/helpers';

export { useNetworkTest as useEventsTest, issueFor, issuePaths } from '../network/helpers';

export const baseEvent: InputOf<'events.create'> = {
  name: 'Blikopener Matchmaking Gent',
  date: '2027-02-11',
  location: 'HOGENT Campus Schoonmeersen',
  platform: '',
  slotMinutes: 12,
  changeoverMinutes: 3,
  tables: 2,
  maxParticipants: null,
  maxMeetingsPerParticipant: null,
  status: 'open',
  notes: '',
  // 09:00-10:00 with 12 + 3: slots at 09:00, 09:15, 09:30, 09:45 (4 slots).
  sessions: [{ name: 'Ochtend', start: '09:00', end: '10:00', breaks: [] }],
};

export type People = {
  orgs: { organisationId: number; contactId: number; needId: number }[];
  experts: { expertId: number; groupId: number }[];
  themeId: number;
};

/** Organisations (each with a contact and a need on one theme) and experts in a group with that theme. */
export function seedPeople(ctx: TestContext, enterprises: number, academics: number): People {
  const at = '2026-11-01T10:00:00.000Z';
  const db = ctx.db();
  const theme = db.select({ id: themes.id }).from(themes).limit(1).get();
  const college = db.select({ id: colleges.id }).from(colleges).limit(1).get();
  if (!theme || !college) throw new Error('the seed has themes and colleges');
  const group = db
    .insert(expertiseGroups)
    .values({ collegeId: college.id, name: 'Kenniscentrum Digitale Zorg', createdAt: at, updatedAt: at })
    .returning({ id: expertiseGroups.id })
    .get();
  db.insert(expertiseGroupThemes).values({ groupId: group.id, themeId: theme.id }).run();
  const orgs = Array.from({ length: enterprises }, (_, i) => {
    const name = `Maatwerkbedrijf ${String.fromCharCode(65 + i)}`;
    const org = db
      .insert(organisations)
      .values({ name, normalizedName: name.toLowerCase(), createdAt: at, updatedAt: at })
      .returning({ id: organisations.id })
      .get();
    const contact = db
      .insert(contacts)
      .values({ organisationId: org.id, firstName: 'An', lastName: `Peeters ${i + 1}`, createdAt: at, updatedAt: at })
      .returning({ id: contacts.id })
      .get();
    const need = db
      .insert(needs)
      .values({
        organisationId: org.id,
        contactId: contact.id,
        title: `Digitale planning ${i + 1}`,
        statusChangedAt: at,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: needs.id })
      .get();
    db.insert(needThemes).values({ needId: need.id, themeId: theme.id }).run();
    return { organisationId: org.id, contactId: contact.id, needId: need.id };
  });
  const people = Array.from({ length: academics }, (_, i) => {
    const expert = db
      .insert(experts)
      .values({ collegeId: college.id, firstName: 'Jan', lastName: `Claes ${i + 1}`, createdAt: at, updatedAt: at })
      .returning({ id: experts.id })
      .get();
    db.insert(expertGroups).values({ expertId: expert.id, groupId: group.id }).run();
    return { expertId: expert.id, groupId: group.id };
  });
  return { orgs, experts: people, themeId: theme.id };
}

/** An event with the given people registered; returns participant ids per side. */
export async function eventWithPeople(
  t: NetworkTest,
  enterprises: number,
  academics: number,
  event: Partial<InputOf<'events.create'>> = {},
): Promise<{ eventId: number; ent: number[]; aca: number[]; people: People }> {
  const people = seedPeople(t.ctx, enterprises, academics);
  const { id: eventId } = await t.ok('events.create', { ...baseEvent, ...event });
  const ent: number[] = [];
  for (const o of people.orgs) ent.push((await t.ok('events.addEnterprise', { eventId, ...o })).id);
  const aca: number[] = [];
  for (const e of people.experts)
    aca.push((await t.ok('events.addAcademic', { eventId, expertId: e.expertId, expertiseGroupId: e.groupId })).id);
  return { eventId, ent, aca, people };
}

/** A request accepted by the coordinator. */
export async function accepted(
  t: NetworkTest,
  eventId: number,
  requesterId: number,
  targetId: number,
  priority: 'must' | 'graag' | 'mag' = 'graag',
): Promise<number> {
  const { id } = await t.ok('events.createRequest', { eventId, requesterId, targetId, priority });
  await t.ok('events.respondRequest', { id, accept: true });
  return id;
}
