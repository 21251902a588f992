import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { organisations } from '../../../db/schema';
import { runPipeline, type OrganisationMatch, type PipelineResult } from '../../../electron/services/imports';
import { harness, kbo, ok, type Harness } from '../organisations/helpers';

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => h.ctx.cleanup());

const HEADER = 'Rol;Voornaam;Naam;E-mail;Organisatie;KBO-nummer;Postcode;Thema;Toestemming';
const csv = (...lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join('\r\n'));
const run = (...lines: string[]): Promise<PipelineResult> => runPipeline(h.ctx.db(), csv(...lines), 'test.csv');
const org = (r: PipelineResult, i: number) => r.matches[i] as OrganisationMatch;

describe('matching against the database', () => {
  it('finds an existing organisation by enterprise number in any notation, by name + postcode, and by e-mail domain', async () => {
    const number = kbo(4030192);
    const byKbo = await ok(h.router, 'organisations.create', {
      name: 'Alfa Maatwerk vzw',
      enterpriseNumber: number,
      postcode: '9000',
    });
    const byName = await ok(h.router, 'organisations.create', { name: 'De Kringwinkel', postcode: '2000' });
    const byDomain = await ok(h.router, 'organisations.create', { name: 'Gamma Zorg', website: 'https://www.gammazorg.be' });

    const r = await run(
      `Vraagsteller;An;Peeters;an@alfa.be;Totaal andere naam;BE ${number.slice(1, 4)}.${number.slice(4, 7)}.${number.slice(7)};9000;;ja`,
      'Vraagsteller;Bo;Claes;bo@kringwinkel.be;KRINGWINKEL  DE vzw;;2000;;ja',
      'Vraagsteller;Cis;Maes;cis@gammazorg.be;Gamma Zorg;;8000;;ja',
      'Vraagsteller;Dirk;Maes;dirk@gmail.com;Gamma Zorg;;3000;;ja',
    );
    expect(org(r, 0)).toMatchObject({ outcome: 'existing', existing: { id: byKbo.id, reasons: ['enterpriseNumber'] } });
    // Same normalised name but word order differs: no match; the exact name does match.
    expect(org(r, 1).outcome).toBe('new');
    const r2 = await run('Vraagsteller;Bo;Claes;bo@x.be;vzw DE KRINGWINKEL;;2000;;ja');
    expect(org(r2, 0)).toMatchObject({ outcome: 'existing', existing: { id: byName.id, reasons: ['name'] } });
    expect(org(r, 2)).toMatchObject({ outcome: 'existing', existing: { id: byDomain.id, reasons: ['domain'] } });
    // Gmail says nothing about an organisation, and the postcode differs: new.
    expect(org(r, 3)).toMatchObject({ outcome: 'new', existing: null });
  });

  it('never matches an organisation that was merged away, nor one whose enterprise number differs', async () => {
    const survivor = await ok(h.router, 'organisations.create', { name: 'Beta', postcode: '3000' });
    const merged = await ok(h.router, 'organisations.create', { name: 'Beta Oud', postcode: '3500' });
    await ok(h.router, 'organisations.merge', { survivorId: survivor.id, mergedId: merged.id });
    const other = await ok(h.router, 'organisations.create', { name: 'Delta', postcode: '1000', enterpriseNumber: kbo(1111111) });
    const r = await run('Vraagsteller;A;B;a@b.be;Beta Oud;;3500;;ja', `Vraagsteller;C;D;c@d.be;Delta;${kbo(2222222)};1000;;ja`);
    expect(org(r, 0).existing).toBeNull();
    expect(org(r, 1).existing).toBeNull();
    expect(
      h.ctx
        .db()
        .select()
        .from(organisations)
        .all()
        .find((o) => o.id === other.id)?.name,
    ).toBe('Delta');
  });

  it('groups rows of one organisation within the file and says why, without merging different ones', async () => {
    const r = await run(
      `Vraagsteller;A;A;a@omega.be;Omega vzw;${kbo(3333333)};9000;;ja`,
      `Vraagsteller;B;B;b@omega.be;OMEGA;${kbo(3333333).slice(1)};9000;;ja`,
      'Vraagsteller;C;C;c@omega.be;;;;;ja',
      // Shares the domain but has another name and another valid number: a sister organisation.
      `Vraagsteller;D;D;d@omega.be;Omega Thuiszorg;${kbo(4444444)};9000;;ja`,
      // An invalid number does not keep a row out of its organisation.
      `Vraagsteller;E;E;e@x.be;Omega;${kbo(3333333).slice(0, 9)}0;9000;;ja`,
    );
    expect(r.matches.map((m) => (m as OrganisationMatch).group)).toEqual([0, 0, 0, 3, 0]);
    expect(org(r, 1)).toMatchObject({ outcome: 'same_as_row', sameAsRow: 0, reasons: ['enterpriseNumber', 'name', 'domain'] });
    expect(org(r, 2).reasons).toEqual(['domain']);
    expect(org(r, 4).reasons).toEqual(['name']);
    expect(r.rows[4]?.issues.map((i) => i.code)).toContain('kbo_checksum');
  });

  it('matches academics to their college and to a known expert by e-mail or by name', async () => {
    const ucll = h.ctx
      .db()
      .query.colleges.findFirst({ where: (c, { eq }) => eq(c.shortName, 'UCLL') })
      .sync();
    expect(ucll).toBeDefined();
    const known = await ok(h.router, 'network.createExpert', {
      firstName: 'Koen',
      lastName: 'Goossens',
      email: 'koen.goossens@ucll.be',
      collegeId: ucll?.id ?? null,
    });
    const named = await ok(h.router, 'network.createExpert', {
      firstName: 'Els',
      lastName: 'Wouters',
      collegeId: ucll?.id ?? null,
    });
    const r = await run(
      'Expert;Koen;Goossens; KOEN.GOOSSENS@UCLL.BE ;UCLL;;;Zorgtechnologie;ja',
      'Expert;Els;Wouters;els@elders.be;UC Leuven-Limburg;;;;ja',
      'docent;Nieuw;Iemand;nieuw@pxl.be;;;;;ja',
      'Expert;Zonder;School;z@nergens.be;Onbekende school;;;;ja',
    );
    expect(r.matches[0]).toMatchObject({
      kind: 'expert',
      outcome: 'existing_expert',
      expert: { id: known.id, reason: 'email' },
      college: { shortName: 'UCLL' },
    });
    expect(r.matches[1]).toMatchObject({ kind: 'expert', outcome: 'existing_expert', expert: { id: named.id, reason: 'name' } });
    // No college column value, but the role says docent and the mail domain is the college's.
    expect(r.matches[2]).toMatchObject({ kind: 'expert', outcome: 'new_expert', college: { shortName: 'PXL' } });
    expect(r.matches[3]).toMatchObject({ kind: 'expert', outcome: 'college_unknown', college: null });
    expect(r.rows.every((row) => !row.issues.some((i) => i.code === 'org_missing'))).toBe(true);
  });
});
