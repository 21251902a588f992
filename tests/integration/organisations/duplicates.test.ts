import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuplicateCandidate } from '../../../electron/api/contract';
import { count, fails, harness, kbo, ok, type Harness } from './helpers';

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => h.ctx.cleanup());

describe('duplicate guard', () => {
  it('finds the same name once legal form, case and spacing are normalised, within the same postcode only', async () => {
    const existing = await ok(h.router, 'organisations.create', { name: 'vzw De Kringwinkel', postcode: '2000' });
    const same = await ok(h.router, 'organisations.findDuplicates', { name: 'DE  KRINGWINKEL VZW', postcode: '2000' });
    expect(same).toEqual([expect.objectContaining({ id: existing.id, name: 'vzw De Kringwinkel', reasons: ['name'] })]);
    const elsewhere = await ok(h.router, 'organisations.findDuplicates', { name: 'DE KRINGWINKEL VZW', postcode: '9000' });
    expect(elsewhere).toEqual([]);
  });

  it('finds the same enterprise number in any notation', async () => {
    const number = kbo(7654321);
    const existing = await ok(h.router, 'organisations.create', { name: 'Alfa', enterpriseNumber: number });
    const found = await ok(h.router, 'organisations.findDuplicates', {
      name: 'Totaal anders',
      enterpriseNumber: `BE ${number.slice(1)}`,
    });
    expect(found.map((c) => [c.id, c.reasons])).toEqual([[existing.id, ['enterpriseNumber']]]);
  });

  it('finds the same website or e-mail domain, but not a free mail provider', async () => {
    const existing = await ok(h.router, 'organisations.create', { name: 'Alfa', website: 'www.alfa-maatwerk.be' });
    const bySite = await ok(h.router, 'organisations.findDuplicates', {
      name: 'Beta',
      website: 'https://alfa-maatwerk.be/contact',
    });
    expect(bySite.map((c) => [c.id, c.reasons])).toEqual([[existing.id, ['domain']]]);
    const byMail = await ok(h.router, 'organisations.findDuplicates', { name: 'Beta', emails: ['an@alfa-maatwerk.be'] });
    expect(byMail.map((c) => c.id)).toEqual([existing.id]);

    const gmailOrg = await ok(h.router, 'organisations.create', { name: 'Gmailers' });
    await ok(h.router, 'contacts.create', { organisationId: gmailOrg.id, lastName: 'Peeters', email: 'jan@gmail.com' });
    expect(await ok(h.router, 'organisations.findDuplicates', { name: 'Andere', emails: ['piet@gmail.com'] })).toEqual([]);
  });

  it("uses the first contact's e-mail domain when there is no website", async () => {
    const org = await ok(h.router, 'organisations.create', { name: 'Zonder site' });
    await ok(h.router, 'contacts.create', { organisationId: org.id, lastName: 'Janssens', email: 'Els@Zondersite.BE' });
    const found = await ok(h.router, 'organisations.findDuplicates', { name: 'X', website: 'zondersite.be' });
    expect(found.map((c) => [c.id, c.reasons])).toEqual([[org.id, ['domain']]]);
  });

  it('reports all matching reasons and ignores the organisation being edited', async () => {
    const number = kbo(1234567);
    const existing = await ok(h.router, 'organisations.create', {
      name: 'Kringwinkel vzw',
      postcode: '3500',
      enterpriseNumber: number,
      website: 'kringwinkel.be',
    });
    const found = await ok(h.router, 'organisations.findDuplicates', {
      name: 'kringwinkel',
      postcode: '3500',
      enterpriseNumber: number,
      website: 'kringwinkel.be',
    });
    expect(found[0]?.reasons.sort()).toEqual(['domain', 'enterpriseNumber', 'name']);
    expect(
      await ok(h.router, 'organisations.findDuplicates', { name: 'kringwinkel', postcode: '3500', excludeId: existing.id }),
    ).toEqual([]);
  });

  it('refuses to create a look-alike without confirmation, listing the candidates, and allows it after', async () => {
    const existing = await ok(h.router, 'organisations.create', { name: 'vzw De Kringwinkel', postcode: '2000' });
    const error = await fails(h.router, 'organisations.create', { name: 'DE KRINGWINKEL VZW', postcode: '2000' });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/lijkt op vzw De Kringwinkel/);
    expect((error.details?.duplicates as DuplicateCandidate[]).map((c) => c.id)).toEqual([existing.id]);
    expect(count(h.ctx, 'organisations')).toBe(1);

    const created = await ok(h.router, 'organisations.create', {
      name: 'DE KRINGWINKEL VZW',
      postcode: '2000',
      confirmDuplicate: true,
    });
    expect(created.id).not.toBe(existing.id);
    expect(count(h.ctx, 'organisations')).toBe(2);
  });

  it('guards edits that make a look-alike, but not edits of unrelated fields', async () => {
    const a = await ok(h.router, 'organisations.create', { name: 'Alfa', postcode: '8000' });
    const b = await ok(h.router, 'organisations.create', { name: 'Beta', postcode: '8000' });
    const error = await fails(h.router, 'organisations.update', { id: b.id, name: 'ALFA', postcode: '8000' });
    expect(error.code).toBe('CONFLICT');
    await ok(h.router, 'organisations.update', { id: b.id, name: 'ALFA', postcode: '8000', confirmDuplicate: true });
    // A known look-alike: changing only the notes does not ask again.
    await ok(h.router, 'organisations.update', { id: b.id, name: 'ALFA', postcode: '8000', notes: 'Andere afdeling' });
    expect(a.id).not.toBe(b.id);
  });
});
