import { describe, expect, it } from 'vitest';
import { issueFor, useNetworkTest } from './helpers';

const t = useNetworkTest();

async function university(shortName: string) {
  const list = await t.ok('network.listPartners', { kind: 'universiteit' });
  const row = list.find((p) => p.shortName === shortName);
  if (!row) throw new Error(`no university ${shortName}`);
  return row;
}

describe('network: partners', () => {
  it("derives a university's colleges from the association until they are saved", async () => {
    const ugent = await university('UGent');
    const colleges = await t.ok('network.listColleges', {});
    const expected = colleges.filter((c) => c.association === 'UGent').map((c) => c.id);
    expect(expected.length).toBeGreaterThan(0);
    const detail = await t.ok('network.getPartner', { id: ugent.id });
    expect(detail.collegesDerived).toBe(true);
    expect(detail.collegeIds.sort()).toEqual(expected.sort());

    const { id: _id, collegesDerived: _d, active: _a, ...rest } = detail;
    const keep = expected.slice(0, 1);
    await t.ok('network.updatePartner', { ...rest, id: ugent.id, collegeIds: keep, verifyFields: [] });
    const saved = await t.ok('network.getPartner', { id: ugent.id });
    expect(saved.collegesDerived).toBe(false);
    expect(saved.collegeIds).toEqual(keep);
    const audit = t.audit('partner', ugent.id);
    expect(audit[0]?.changes).toHaveProperty('collegeIds');
  });

  it('a company keeps its themes; a VLAIO advisor needs a name and valid contact details', async () => {
    const themes = await t.ok('network.listThemes', undefined);
    const { id } = await t.ok('network.createPartner', {
      kind: 'bedrijf',
      name: 'Cyberveilig bv',
      sector: 'IT-beveiliging',
      themeIds: [themes[0]!.id],
      collegeIds: [1],
    });
    const company = await t.ok('network.getPartner', { id });
    expect(company.themeIds).toEqual([themes[0]!.id]);
    expect(company.collegeIds).toEqual([]); // only universities have an association

    const bad = await t.fail('network.createPartner', { kind: 'vlaio', email: 'jan@vlaio', phone: 'abc' });
    expect(issueFor(bad, 'email')).toMatch(/e-mailadres/);
    expect(issueFor(bad, 'phone')).toMatch(/telefoonnummer/);
    const noName = await t.fail('network.createPartner', { kind: 'vlaio', email: 'jan.smets@vlaio.be' });
    expect(issueFor(noName, 'contactName')).toMatch(/bedrijfsadviseur/);
    const advisor = await t.ok('network.createPartner', {
      kind: 'vlaio',
      contactName: 'Jan Smets',
      email: 'jan.smets@vlaio.be',
      phone: '+32 470 12 34 56',
    });
    const detail = await t.ok('network.getPartner', { id: advisor.id });
    expect(detail).toMatchObject({ name: 'VLAIO', contactName: 'Jan Smets', phone: '+32470123456' });
    const noOrgName = await t.fail('network.createPartner', { kind: 'federatie', name: '' });
    expect(issueFor(noOrgName, 'name')).toBe('Dit veld is verplicht.');
  });

  it('refuses a duplicate short name within a kind, and deactivates instead of deleting', async () => {
    const ugent = await university('UGent');
    const dup = await t.fail('network.createPartner', { kind: 'universiteit', name: 'Tweede Gent', shortName: 'ugent' });
    expect(issueFor(dup, 'shortName')).toMatch(/al in gebruik/);
    await t.ok('network.setPartnerActive', { id: ugent.id, active: false });
    const active = await t.ok('network.listPartners', { kind: 'universiteit', activeOnly: true });
    expect(active.map((p) => p.id)).not.toContain(ugent.id);
    const all = await t.ok('network.listPartners', { kind: 'universiteit' });
    expect(all.find((p) => p.id === ugent.id)?.active).toBe(false);
    expect(t.audit('partner', ugent.id).map((a) => a.action)).toEqual(['deactivate']);
  });
});

describe('network: themes', () => {
  it('adds, renames and deactivates a theme; names are unique', async () => {
    const { id } = await t.ok('network.createTheme', { nameNl: 'Artificiële intelligentie', nameEn: 'Artificial intelligence' });
    const dup = await t.fail('network.createTheme', { nameNl: 'artificiële INTELLIGENTIE', nameEn: 'AI' });
    expect(issueFor(dup, 'nameNl')).toMatch(/bestaat al/);
    const empty = await t.fail('network.createTheme', { nameNl: '', nameEn: '' });
    expect(issueFor(empty, 'nameEn')).toBe('Dit veld is verplicht.');
    await t.ok('network.updateTheme', { id, nameNl: 'AI en data', nameEn: 'AI and data' });
    await t.ok('network.setThemeActive', { id, active: false });
    const theme = (await t.ok('network.listThemes', undefined)).find((x) => x.id === id);
    expect(theme).toMatchObject({ code: 'artificiele-intelligentie', nameNl: 'AI en data', active: false });
    expect(t.audit('theme', id).map((a) => a.action)).toEqual(['create', 'rename', 'deactivate']);
  });

  it('an inactive theme stays on a group but cannot be newly linked', async () => {
    const { id: themeId } = await t.ok('network.createTheme', { nameNl: 'Robotica', nameEn: 'Robotics' });
    const group = await t.ok('network.createGroup', { collegeId: 1, name: 'Robotlab', themeIds: [themeId] });
    await t.ok('network.setThemeActive', { id: themeId, active: false });
    const other = await t.fail('network.createGroup', { collegeId: 1, name: 'Ander lab', themeIds: [themeId] });
    expect(issueFor(other, 'themeIds')).toMatch(/niet meer actief/);
    const detail = await t.ok('network.getGroup', { id: group.id });
    await t.ok('network.updateGroup', {
      id: group.id,
      collegeId: 1,
      name: 'Robotlab',
      themeIds: detail.themeIds,
      capacity: 'open',
    });
    expect((await t.ok('network.getGroup', { id: group.id })).themeIds).toEqual([themeId]);
  });
});
