import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count, fails, federationIds, harness, issuePaths, kbo, ok, type Harness } from './helpers';

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => h.ctx.cleanup());

function org(id: number) {
  return h.ctx.sqlite().prepare('SELECT * FROM organisations WHERE id = ?').get(id) as Record<string, unknown>;
}

describe('organisation fields', () => {
  it('normalises the enterprise number in every accepted notation', async () => {
    const a = await ok(h.router, 'organisations.create', { name: 'Alfa', enterpriseNumber: 'BE 0403.019.261' });
    expect(org(a.id).enterprise_number).toBe('0403019261');
    const b = await ok(h.router, 'organisations.create', { name: 'Beta', enterpriseNumber: kbo(4123456).slice(1) });
    expect(org(b.id).enterprise_number).toBe(kbo(4123456));
    const c = await ok(h.router, 'organisations.create', {
      name: 'Gamma',
      enterpriseNumber: '0' + kbo(5123456).slice(1, 4) + ' ' + kbo(5123456).slice(4),
    });
    expect(org(c.id).enterprise_number).toBe(kbo(5123456));
  });

  it('refuses a malformed or failing enterprise number at the field and writes nothing', async () => {
    const before = count(h.ctx, 'organisations');
    const audits = count(h.ctx, 'audit_log');
    const format = await fails(h.router, 'organisations.create', { name: 'X', enterpriseNumber: '12345' });
    expect(format.code).toBe('VALIDATION');
    expect(format.details?.issues).toEqual([{ path: 'enterpriseNumber', message: expect.stringMatching(/10 cijfers/) }]);
    const checksum = await fails(h.router, 'organisations.create', { name: 'X', enterpriseNumber: '0403.019.262' });
    expect(checksum.details?.issues?.[0]?.message).toMatch(/controlecijfers/);
    expect(count(h.ctx, 'organisations')).toBe(before);
    expect(count(h.ctx, 'audit_log')).toBe(audits);
  });

  it('reports every invalid field at once: missing name, bad postcode, bad website-free fields', async () => {
    const error = await fails(h.router, 'organisations.create', { name: '  ', postcode: '123', legalForm: 'gmbh' });
    expect(issuePaths(error).sort()).toEqual(['legalForm', 'name', 'postcode']);
    expect(error.details?.issues?.find((i) => i.path === 'name')?.message).toBe('Dit veld is verplicht.');
    expect(error.details?.issues?.find((i) => i.path === 'postcode')?.message).toMatch(/4 cijfers/);
    expect(count(h.ctx, 'organisations')).toBe(0);
  });

  it('refuses the same enterprise number, naming the organisation that has it', async () => {
    await ok(h.router, 'organisations.create', { name: 'De Kringwinkel Antwerpen', enterpriseNumber: '0403019261' });
    const error = await fails(h.router, 'organisations.create', {
      name: 'Iets anders',
      enterpriseNumber: '403019261',
      confirmDuplicate: true,
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.details?.issues).toEqual([
      { path: 'enterpriseNumber', message: 'Ondernemingsnummer 0403.019.261 is al in gebruik door De Kringwinkel Antwerpen.' },
    ]);
    expect(count(h.ctx, 'organisations')).toBe(1);
  });

  it('derives the province from the postcode, flags Wallonia, and keeps an override', async () => {
    const gent = await ok(h.router, 'organisations.create', { name: 'Gent bv', postcode: '9000' });
    expect(org(gent.id).province_code).toBe('oost-vlaanderen');
    const detail = await ok(h.router, 'organisations.get', { id: gent.id });
    expect(detail.provinceName).toBe('Oost-Vlaanderen');
    expect(detail.outsideFlanders).toBe(false);

    const namur = await ok(h.router, 'organisations.create', { name: 'Namur asbl', postcode: '5000' });
    const namurDetail = await ok(h.router, 'organisations.get', { id: namur.id });
    expect(namurDetail.provinceCode).toBe('wallonie');
    expect(namurDetail.outsideFlanders).toBe(true);

    const over = await ok(h.router, 'organisations.create', {
      name: 'Grensgeval',
      postcode: '1500',
      provinceOverridden: true,
      provinceCode: 'brussel',
    });
    expect(org(over.id)).toMatchObject({ province_code: 'brussel', province_overridden: 1 });
    // Without the override flag the postcode wins again.
    await ok(h.router, 'organisations.update', { id: over.id, name: 'Grensgeval', postcode: '1500', provinceCode: 'brussel' });
    expect(org(over.id)).toMatchObject({ province_code: 'vlaams-brabant', province_overridden: 0 });

    const unknown = await fails(h.router, 'organisations.create', {
      name: 'Fout',
      postcode: '1500',
      provinceOverridden: true,
      provinceCode: 'atlantis',
    });
    expect(issuePaths(unknown)).toEqual(['provinceCode']);
  });

  it('stores federations, normalised name and domain, and refuses a partner that is not a federation', async () => {
    const [first, second] = federationIds(h.ctx);
    const created = await ok(h.router, 'organisations.create', {
      name: 'vzw De Kringwinkel',
      website: 'https://www.dekringwinkel.be/over',
      federationIds: [first!, second!],
    });
    expect(org(created.id)).toMatchObject({ normalized_name: 'de kringwinkel', email_domain: 'dekringwinkel.be' });
    const detail = await ok(h.router, 'organisations.get', { id: created.id });
    expect(detail.federations.map((f) => f.id).sort()).toEqual([first, second].sort());

    const university = h.ctx.sqlite().prepare("SELECT id FROM partners WHERE kind = 'universiteit' LIMIT 1").get() as {
      id: number;
    };
    const error = await fails(h.router, 'organisations.create', { name: 'Y', federationIds: [university.id] });
    expect(issuePaths(error)).toEqual(['federationIds']);
  });

  it('writes audit rows for create, update and deactivate/reactivate, and never deletes', async () => {
    const { id } = await ok(h.router, 'organisations.create', { name: 'Audit vzw', city: 'Gent' });
    await ok(h.router, 'organisations.update', { id, name: 'Audit vzw', city: 'Brugge' });
    await ok(h.router, 'organisations.setActive', { id, active: false });
    await ok(h.router, 'organisations.setActive', { id, active: true });
    const rows = h.ctx
      .sqlite()
      .prepare("SELECT action, changes FROM audit_log WHERE entity = 'organisation' AND entity_id = ? ORDER BY id")
      .all(String(id)) as { action: string; changes: string }[];
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'deactivate', 'reactivate']);
    expect(JSON.parse(rows[1]!.changes)).toEqual({ city: { from: 'Gent', to: 'Brugge' } });
    expect(org(id).active).toBe(1);
  });
});
