import { describe, expect, it } from 'vitest';
import type { CollegeEditable, VerifiableField } from '../../../electron/api/contract';
import { issueFor, useNetworkTest } from './helpers';

const t = useNetworkTest();

/** The edit form's input from what getCollegeForEdit returns (active is changed on its own). */
function toUpdate(c: CollegeEditable) {
  const { active: _active, verifyFields, ...rest } = c;
  return { ...rest, verifyFields: verifyFields as VerifiableField[] };
}

async function collegeByShort(shortName: string) {
  const rows = await t.ok('network.listColleges', { includeInactive: true });
  const row = rows.find((c) => c.shortName === shortName);
  if (!row) throw new Error(`no college ${shortName}`);
  return t.ok('network.getCollegeForEdit', { id: row.id });
}

describe('network: colleges', () => {
  it('edits a college, clears a checked flag, and leaves an audit row with only what changed', async () => {
    const flagged = (await t.ok('network.listColleges', {})).find((c) => c.verifyFields.includes('association'));
    if (!flagged) throw new Error('the seed has colleges with association to check');
    const before = await t.ok('network.getCollegeForEdit', { id: flagged.id });
    await t.ok('network.updateCollege', {
      ...toUpdate(before),
      city: 'Gent',
      notes: 'Nagekeken met de kennisdiffusieadviseur.',
      verifyFields: toUpdate(before).verifyFields.filter((f) => f !== 'association'),
    });
    const after = await t.ok('network.getCollegeForEdit', { id: flagged.id });
    expect(after.city).toBe('Gent');
    expect(after.verifyFields).not.toContain('association');
    const audit = t.audit('college', flagged.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.action).toBe('update');
    expect(Object.keys(audit[0]?.changes ?? {}).sort()).toEqual(
      ['notes', 'verifyFields', ...(before.city === 'Gent' ? [] : ['city'])].sort(),
    );
  });

  it('requires name and short name, with Dutch messages at the fields, and writes nothing', async () => {
    const error = await t.fail('network.createCollege', { name: '  ', shortName: '', website: 'geen adres' });
    expect(error.code).toBe('VALIDATION');
    expect(issueFor(error, 'name')).toBe('Dit veld is verplicht.');
    expect(issueFor(error, 'shortName')).toBe('Dit veld is verplicht.');
    expect(issueFor(error, 'website')).toMatch(/webadres/);
    expect(await t.ok('network.listColleges', { includeInactive: true })).toHaveLength(13);
  });

  it('refuses a short name another college already uses, whatever the case', async () => {
    const howest = await collegeByShort('Howest');
    const error = await t.fail('network.createCollege', { name: 'Nieuwe Hogeschool', shortName: 'HOWEST' });
    expect(issueFor(error, 'shortName')).toContain(howest.name);
    const other = await collegeByShort('AP');
    const edit = await t.fail('network.updateCollege', { ...toUpdate(other), shortName: 'howest' });
    expect(issueFor(edit, 'shortName')).toMatch(/al in gebruik/);
    // Keeping its own short name is fine.
    await t.ok('network.updateCollege', { ...toUpdate(howest), notes: 'ok' });
  });

  it('creates a college (rare), and refuses an unknown province', async () => {
    const bad = await t.fail('network.createCollege', { name: 'Hogeschool X', shortName: 'HX', provinceCode: 'atlantis' });
    expect(issueFor(bad, 'provinceCode')).toMatch(/provincie/);
    const { id } = await t.ok('network.createCollege', { name: 'Hogeschool X', shortName: 'HX', provinceCode: 'limburg' });
    const rows = await t.ok('network.listColleges', {});
    expect(rows.map((r) => r.shortName)).toContain('HX');
    expect(t.audit('college', id).map((a) => a.action)).toEqual(['create']);
  });

  it('deactivates instead of deleting, and reactivates', async () => {
    const howest = await collegeByShort('Howest');
    await t.ok('network.setCollegeActive', { id: howest.id, active: false });
    expect((await t.ok('network.listColleges', {})).map((c) => c.id)).not.toContain(howest.id);
    const all = await t.ok('network.listColleges', { includeInactive: true });
    expect(all.find((c) => c.id === howest.id)?.active).toBe(false);
    await t.ok('network.setCollegeActive', { id: howest.id, active: true });
    expect(t.audit('college', howest.id).map((a) => a.action)).toEqual(['deactivate', 'reactivate']);
  });
});
