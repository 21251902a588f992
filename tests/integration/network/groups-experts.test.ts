import { describe, expect, it } from 'vitest';
import { needs, trajectColleges, trajects } from '../../../db/schema';
import { issueFor, useNetworkTest } from './helpers';

const t = useNetworkTest();

async function setup() {
  const colleges = await t.ok('network.listColleges', {});
  const howest = colleges.find((c) => c.shortName === 'Howest');
  const ap = colleges.find((c) => c.shortName === 'AP');
  const themes = await t.ok('network.listThemes', undefined);
  if (!howest || !ap || themes.length < 3) throw new Error('seed missing');
  const group = await t.ok('network.createGroup', {
    collegeId: howest.id,
    name: 'Kenniscentrum Digitale Zorg',
    description: 'Zorgtechnologie en blended hulpverlening.',
    themeIds: [themes[0]!.id, themes[1]!.id],
    keywords: ['zorgrobots', ' telezorg ', 'Zorgrobots', ''],
    capacity: 'beperkt',
    capacityNote: 'Tot de zomer vol met projecten.',
  });
  return { howest, ap, themes, groupId: group.id };
}

describe('network: expertise groups', () => {
  it('creates a group with themes and cleaned keywords, and audits it', async () => {
    const { groupId, themes } = await setup();
    const detail = await t.ok('network.getGroup', { id: groupId });
    expect(detail.keywords).toEqual(['zorgrobots', 'telezorg']);
    expect(detail.themeIds).toEqual([themes[0]!.id, themes[1]!.id].sort((a, b) => a - b));
    expect(detail.capacity).toBe('beperkt');
    const audit = t.audit('expertise_group', groupId);
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(audit[0]?.changes).toHaveProperty('themeIds');
  });

  it('edits capacity and themes; the audit row shows from -> to', async () => {
    const { groupId, themes } = await setup();
    const before = await t.ok('network.getGroup', { id: groupId });
    await t.ok('network.updateGroup', {
      id: groupId,
      collegeId: before.collegeId,
      name: before.name,
      description: before.description,
      keywords: before.keywords,
      themeIds: [themes[2]!.id],
      capacity: 'vol',
      capacityNote: '',
    });
    const after = await t.ok('network.getGroup', { id: groupId });
    expect(after.capacity).toBe('vol');
    expect(after.themeIds).toEqual([themes[2]!.id]);
    const update = t.audit('expertise_group', groupId)[1];
    expect(update?.action).toBe('update');
    expect(update?.changes).toMatchObject({
      capacity: { from: 'beperkt', to: 'vol' },
      themeIds: { to: [themes[2]!.id] },
    });
  });

  it('refuses a missing name, an unknown college, theme or contact', async () => {
    const error = await t.fail('network.createGroup', { collegeId: 99999, name: '', themeIds: [424242], contactExpertId: 7777 });
    expect(issueFor(error, 'name')).toBe('Dit veld is verplicht.');
    const error2 = await t.fail('network.createGroup', {
      collegeId: 99999,
      name: 'X',
      themeIds: [424242],
      contactExpertId: 7777,
    });
    expect(issueFor(error2, 'collegeId')).toMatch(/hogeschool/);
    expect(issueFor(error2, 'themeIds')).toMatch(/thema/);
    expect(issueFor(error2, 'contactExpertId')).toMatch(/expert/);
    const bad = await t.fail('network.createGroup', { collegeId: 1, name: 'X', capacity: 'halfvol' });
    expect(issueFor(bad, 'capacity')).toBeTruthy();
  });

  it('deactivates instead of deleting; the list filters by theme, capacity and activity', async () => {
    const { groupId, themes, howest } = await setup();
    const byTheme = await t.ok('network.listGroups', { filters: { themeId: themes[0]!.id } });
    expect(byTheme.rows.map((r) => r.id)).toContain(groupId);
    const byCapacity = await t.ok('network.listGroups', { filters: { capacity: 'beperkt' } });
    expect(byCapacity.rows.map((r) => r.id)).toEqual([groupId]);
    await t.ok('network.setGroupActive', { id: groupId, active: false });
    const active = await t.ok('network.listGroups', { filters: { active: true, collegeId: howest.id } });
    expect(active.rows.map((r) => r.id)).not.toContain(groupId);
    const detail = await t.ok('network.getGroup', { id: groupId });
    expect(detail.active).toBe(false);
    expect(t.audit('expertise_group', groupId).map((a) => a.action)).toEqual(['create', 'deactivate']);
  });

  it("shows the trajects of the group's college, with their needs, read-only", async () => {
    const { groupId, howest, ap } = await setup();
    const at = '2026-11-26T09:00:00.000Z';
    const db = t.ctx.db();
    const mine = db
      .insert(trajects)
      .values({
        title: 'Cyberscan maatwerkbedrijven',
        type: 'studentenproject',
        startDate: '2026-10-01',
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    const other = db
      .insert(trajects)
      .values({ title: 'Elders', type: 'dienstverlening', createdAt: at, updatedAt: at })
      .returning()
      .get();
    db.insert(trajectColleges)
      .values([
        { trajectId: mine.id, collegeId: howest.id },
        { trajectId: other.id, collegeId: ap.id },
      ])
      .run();
    db.insert(needs).values({ title: 'Phishing', trajectId: mine.id, statusChangedAt: at, createdAt: at, updatedAt: at }).run();
    const detail = await t.ok('network.getGroup', { id: groupId });
    expect(detail.collegeTrajects).toEqual([
      {
        id: mine.id,
        title: 'Cyberscan maatwerkbedrijven',
        type: 'studentenproject',
        status: expect.any(String),
        startDate: '2026-10-01',
        endDate: null,
        needCount: 1,
      },
    ]);
  });
});

describe('network: experts', () => {
  it('stores phone as E.164 and e-mail in lower case; groups are linked both ways', async () => {
    const { groupId, howest } = await setup();
    const { id } = await t.ok('network.createExpert', {
      firstName: 'An',
      lastName: 'Peeters',
      role: 'docent',
      email: ' An.Peeters@Howest.be ',
      phone: '056 24 12 90',
      collegeId: howest.id,
      groupIds: [groupId],
    });
    const expert = await t.ok('network.getExpert', { id });
    expect(expert.phone).toBe('+3256241290');
    expect(expert.email).toBe('an.peeters@howest.be');
    expect(expert.groupIds).toEqual([groupId]);
    const group = await t.ok('network.getGroup', { id: groupId });
    expect(group.experts.map((e) => e.lastName)).toEqual(['Peeters']);
    const listed = await t.ok('network.listGroups', { filters: { collegeId: howest.id } });
    expect(listed.rows.find((g) => g.id === groupId)?.expertCount).toBe(1);
    const college = await t.ok('network.getCollege', { id: howest.id });
    const onCollegePage = college.expertiseGroups.find((g) => g.id === groupId);
    expect(onCollegePage?.expertCount).toBe(1);
    expect(college.expertiseGroups.filter((g) => g.id !== groupId).every((g) => g.expertCount === 0)).toBe(true);
    expect(onCollegePage?.themeIds).toHaveLength(2);
  });

  it('refuses a bad e-mail and phone with Dutch messages and writes nothing', async () => {
    const error = await t.fail('network.createExpert', { lastName: 'X', email: 'an@', phone: '12' });
    expect(issueFor(error, 'email')).toMatch(/e-mailadres/);
    expect(issueFor(error, 'phone')).toMatch(/telefoonnummer/);
    const missing = await t.fail('network.createExpert', { firstName: 'An' });
    expect(issueFor(missing, 'lastName')).toBe('Dit veld is verplicht.');
    expect((await t.ok('network.listExperts', {})).total).toBe(0);
  });

  it('moves an expert between groups; the audit keeps notes out', async () => {
    const { groupId, howest } = await setup();
    const other = await t.ok('network.createGroup', { collegeId: howest.id, name: 'Onderzoeksgroep Data' });
    const { id } = await t.ok('network.createExpert', {
      lastName: 'Janssens',
      groupIds: [groupId],
      notes: 'Privé: ziek tot mei',
    });
    const { collegeShortName: _college, active: _active, ...current } = await t.ok('network.getExpert', { id });
    await t.ok('network.updateExpert', { ...current, groupIds: [other.id], notes: 'Terug aan de slag' });
    expect((await t.ok('network.getExpert', { id })).groupIds).toEqual([other.id]);
    const rows = t.audit('expert', id);
    expect(rows[1]?.changes).toMatchObject({ groupIds: { from: [groupId], to: [other.id] } });
    expect(JSON.stringify(rows)).not.toMatch(/ziek|Terug aan/);
  });

  it('lists experts with filters, sort and paging in SQL', async () => {
    const { groupId, howest, ap } = await setup();
    const people = [
      ['Wouters', 'onderzoeker', howest.id, [groupId]],
      ['Aerts', 'docent', ap.id, []],
      ['Claes', 'onderzoeker', howest.id, []],
      ['Maes', 'kennisdiffusieadviseur', ap.id, []],
      ['Bosmans', 'onderzoeker', howest.id, [groupId]],
    ] as const;
    for (const [lastName, role, collegeId, groupIds] of people) {
      await t.ok('network.createExpert', { lastName, role, collegeId, groupIds: [...groupIds] });
    }
    const page1 = await t.ok('network.listExperts', { limit: 2, offset: 0 });
    expect(page1.total).toBe(5);
    expect(page1.rows.map((r) => r.lastName)).toEqual(['Aerts', 'Bosmans']);
    const page3 = await t.ok('network.listExperts', { limit: 2, offset: 4 });
    expect(page3.rows.map((r) => r.lastName)).toEqual(['Wouters']);
    const desc = await t.ok('network.listExperts', { sort: { column: 'name', direction: 'desc' }, limit: 1 });
    expect(desc.rows[0]?.lastName).toBe('Wouters');
    const inGroup = await t.ok('network.listExperts', { filters: { groupId } });
    expect(inGroup.rows.map((r) => r.lastName)).toEqual(['Bosmans', 'Wouters']);
    expect(inGroup.rows[0]?.groupNames).toEqual(['Kenniscentrum Digitale Zorg']);
    const researchersHowest = await t.ok('network.listExperts', { filters: { collegeId: howest.id, role: 'onderzoeker' } });
    expect(researchersHowest.total).toBe(3);
    const byCollege = await t.ok('network.listExperts', { sort: { column: 'college', direction: 'asc' } });
    expect(byCollege.rows.map((r) => r.collegeShortName)).toEqual(['AP', 'AP', 'Howest', 'Howest', 'Howest']);
    const search = await t.ok('network.listExperts', { search: 'mae' });
    expect(search.rows.map((r) => r.lastName)).toEqual(['Maes']);
    const maes = search.rows[0]!;
    await t.ok('network.setExpertActive', { id: maes.id, active: false });
    expect((await t.ok('network.listExperts', { filters: { active: true } })).total).toBe(4);
    expect((await t.ok('network.listExperts', { filters: { active: false } })).rows.map((r) => r.lastName)).toEqual(['Maes']);
  });
});
