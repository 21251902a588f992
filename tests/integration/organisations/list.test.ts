import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { federationIds, harness, kbo, ok, type Harness } from './helpers';

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => h.ctx.cleanup());

async function seed() {
  const [fed] = federationIds(h.ctx);
  const specs = [
    { name: 'Alfa vzw', postcode: '9000', legalForm: 'vzw', size: '10-49', sector: 'Maatwerk', federationIds: [fed!] },
    { name: 'Beta bv', postcode: '2000', legalForm: 'bv', size: '1-9', sector: 'Zorg' },
    { name: 'Gamma vzw', postcode: '3500', legalForm: 'vzw', enterpriseNumber: kbo(3333333), sector: 'Maatwerk' },
    { name: 'Delta cv', postcode: '8000', legalForm: 'cv', federationIds: [fed!] },
    { name: 'Epsilon', postcode: '9000', city: 'Gent' },
  ] as const;
  const ids: number[] = [];
  for (const spec of specs) {
    h.clock.advance(1000);
    ids.push(
      (
        await ok(h.router, 'organisations.create', {
          ...spec,
          federationIds: [...('federationIds' in spec ? spec.federationIds : [])],
        })
      ).id,
    );
  }
  await ok(h.router, 'contacts.create', { organisationId: ids[0]!, lastName: 'A' });
  await ok(h.router, 'contacts.create', { organisationId: ids[0]!, lastName: 'B' });
  await ok(h.router, 'contacts.create', { organisationId: ids[3]!, lastName: 'C' });
  h.ctx
    .sqlite()
    .prepare(
      "INSERT INTO needs (organisation_id, title, status, status_changed_at, created_at, updated_at) VALUES (?, 'Vraag', 'nieuw', 'x', 'x', 'x')",
    )
    .run(ids[1]);
  await ok(h.router, 'organisations.setActive', { id: ids[4]!, active: false });
  return { ids, fed: fed! };
}

const names = (page: { rows: { name: string }[] }) => page.rows.map((r) => r.name);

describe('organisations.list', () => {
  it('sorts, pages and counts in SQL', async () => {
    await seed();
    const all = await ok(h.router, 'organisations.list', {});
    expect(all.total).toBe(5);
    expect(names(all)).toEqual(['Alfa vzw', 'Beta bv', 'Delta cv', 'Epsilon', 'Gamma vzw']);
    const page2 = await ok(h.router, 'organisations.list', { offset: 2, limit: 2 });
    expect(page2).toMatchObject({ total: 5 });
    expect(names(page2)).toEqual(['Delta cv', 'Epsilon']);
    const byName = await ok(h.router, 'organisations.list', { sort: { column: 'name', direction: 'desc' }, limit: 2 });
    expect(byName.rows.map((r) => [r.name, r.contactCount])).toEqual([
      ['Gamma vzw', 0],
      ['Epsilon', 0],
    ]);
    expect(all.rows.map((r) => r.contactCount)).toEqual([2, 0, 1, 0, 0]);
    const byUpdate = await ok(h.router, 'organisations.list', { sort: { column: 'updatedAt', direction: 'desc' } });
    // Epsilon was deactivated last.
    expect(names(byUpdate)).toEqual(['Epsilon', 'Delta cv', 'Gamma vzw', 'Beta bv', 'Alfa vzw']);
    const byProvince = await ok(h.router, 'organisations.list', { sort: { column: 'province', direction: 'asc' } });
    expect(byProvince.rows.map((r) => r.province)).toEqual([
      'Antwerpen',
      'Limburg',
      'Oost-Vlaanderen',
      'Oost-Vlaanderen',
      'West-Vlaanderen',
    ]);
    const beta = all.rows.find((r) => r.name === 'Beta bv');
    expect(beta).toMatchObject({ openNeedCount: 1, contactCount: 0, legalForm: 'bv', postcode: '2000', federations: [] });
    expect(all.rows.find((r) => r.name === 'Alfa vzw')?.federations).toHaveLength(1);
  });

  it('filters by province, federation, legal form, size, sector and active state', async () => {
    const { fed } = await seed();
    const list = (filters: Record<string, unknown>) => ok(h.router, 'organisations.list', { filters });
    expect(names(await list({ provinceCode: 'oost-vlaanderen' }))).toEqual(['Alfa vzw', 'Epsilon']);
    expect(names(await list({ federationId: fed }))).toEqual(['Alfa vzw', 'Delta cv']);
    expect(names(await list({ legalForm: 'vzw' }))).toEqual(['Alfa vzw', 'Gamma vzw']);
    expect(names(await list({ size: '1-9' }))).toEqual(['Beta bv']);
    expect(names(await list({ sector: 'maatwerk' }))).toEqual(['Alfa vzw', 'Gamma vzw']);
    expect(names(await list({ active: false }))).toEqual(['Epsilon']);
    const combined = await list({ active: true, provinceCode: 'oost-vlaanderen' });
    expect(combined).toMatchObject({ total: 1 });
  });

  it('searches name, city and the enterprise number in any notation', async () => {
    await seed();
    const search = (text: string) => ok(h.router, 'organisations.list', { search: text });
    expect(names(await search('gam'))).toEqual(['Gamma vzw']);
    expect(names(await search('maatwerk'))).toEqual(['Alfa vzw', 'Gamma vzw']);
    expect(names(await search('gent'))).toEqual(['Epsilon']);
    const n = kbo(3333333);
    expect(names(await search(`BE ${n.slice(0, 4)}.${n.slice(4, 7)}.${n.slice(7)}`))).toEqual(['Gamma vzw']);
    expect(names(await search(n.slice(1)))).toEqual(['Gamma vzw']);
    expect((await search('bestaat-niet')).total).toBe(0);
  });
});

describe('name order', () => {
  it('ignores legal forms, capitals and accents, as a coordinator reads a list', async () => {
    for (const name of [
      'vzw De Kringwinkel',
      'Atelier Ten Kerselaere',
      'zorgbedrijf Ôsterlo',
      'BV Bakkerij Bruno',
      'Émmaus Vlaanderen',
    ]) {
      await ok(h.router, 'organisations.create', { name, confirmDuplicate: true });
    }
    const page = await ok(h.router, 'organisations.list', { sort: { column: 'name', direction: 'asc' } });
    expect(page.rows.map((r) => r.name)).toEqual([
      'Atelier Ten Kerselaere',
      'BV Bakkerij Bruno',
      'vzw De Kringwinkel',
      'Émmaus Vlaanderen',
      'zorgbedrijf Ôsterlo',
    ]);
  });
});
