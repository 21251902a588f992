import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { colleges, expertGroups, expertiseGroupThemes, expertiseGroups, experts, needs } from '../../../db/schema';
import { eventWithPeople, useEventsTest } from './helpers';

const t = useEventsTest();

/** A second expertise group on the same theme whose profile speaks the need's words ("digitale planning"). */
function planningGroup(themeId: number): { expertId: number; groupId: number } {
  const db = t.ctx.db();
  const at = '2026-11-01T10:00:00.000Z';
  const college = db.select({ id: colleges.id }).from(colleges).limit(1).get();
  if (!college) throw new Error('seeded colleges');
  const group = db
    .insert(expertiseGroups)
    .values({
      collegeId: college.id,
      name: 'Expertisecentrum Planning en Logistiek',
      description: 'Digitale planning, roostering en planningstools voor maatwerkbedrijven.',
      keywords: ['digitale planning', 'roosters'],
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: expertiseGroups.id })
    .get();
  db.insert(expertiseGroupThemes).values({ groupId: group.id, themeId }).run();
  const expert = db
    .insert(experts)
    .values({ collegeId: college.id, firstName: 'Els', lastName: 'Wouters', createdAt: at, updatedAt: at })
    .returning({ id: experts.id })
    .get();
  db.insert(expertGroups).values({ expertId: expert.id, groupId: group.id }).run();
  return { expertId: expert.id, groupId: group.id };
}

describe('events: request suggestions from the referral routing', () => {
  it('ranks academics by the routing score of their group for the need, with the score parts as the why', async () => {
    const { eventId, ent, people } = await eventWithPeople(t, 1, 1);
    const planner = planningGroup(people.themeId);
    // Routing reads the need's question (a title alone is only a label).
    t.ctx
      .db()
      .update(needs)
      .set({ question: 'Wij zoeken een digitale planning voor de roosters van onze ploegen.' })
      .where(eq(needs.id, people.orgs[0]?.needId ?? 0))
      .run();
    const els = (await t.ok('events.addAcademic', { eventId, expertId: planner.expertId, expertiseGroupId: planner.groupId })).id;
    const rows = await t.ok('events.suggestions', { eventId });
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.basis === 'routing' && r.enterpriseId === ent[0])).toBe(true);
    // The group whose profile matches the need's text ranks first; both share the theme.
    expect(rows[0]).toMatchObject({ academicId: els, groupName: 'Expertisecentrum Planning en Logistiek' });
    expect(rows[0]?.score ?? 0).toBeGreaterThan(rows[1]?.score ?? 0);
    const parts = rows[0]?.parts ?? [];
    expect(parts.map((p) => p.key)).toEqual(expect.arrayContaining(['theme', 'text']));
    expect(parts.find((p) => p.key === 'text')?.value ?? 0).toBeGreaterThan(0);
    expect(parts.reduce((sum, p) => sum + p.value, 0)).toBeCloseTo(rows[0]?.score ?? -1, 0);
    expect(rows[1]?.sharedThemes).toHaveLength(1);
  });

  it('falls back to theme overlap with the organisation’s open needs when the enterprise has no need', async () => {
    const { eventId, people } = await eventWithPeople(t, 0, 1);
    const { seedPeople } = await import('./helpers');
    const org = seedPeople(t.ctx, 1, 0).orgs[0];
    if (!org) throw new Error('seeded organisation');
    const { id } = await t.ok('events.addEnterprise', { eventId, organisationId: org.organisationId, contactId: org.contactId });
    const rows = await t.ok('events.suggestions', { eventId });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ enterpriseId: id, needTitle: '', basis: 'themes', score: null, parts: [] });
    expect(rows[0]?.sharedThemes).toHaveLength(1);
    expect(people.experts).toHaveLength(1);
  });
});
