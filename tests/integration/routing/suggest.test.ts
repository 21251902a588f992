import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expertiseGroups, needs, referrals } from '../../../db/schema';
import { createRouter } from '../../../electron/api/router';
import type { RoutingSuggestion } from '../../../electron/api/contract/routing';
import { suggest } from '../../../electron/services/routing/suggest';
import { testContext, fixedClock, type TestContext } from '../../helpers/db';
import { addCompany, addGroup, addNeed, addOrganisation, addReferral } from './helpers';

let ctx: TestContext;
beforeEach(() => {
  ctx = testContext({ now: fixedClock().now });
});
afterEach(() => ctx.cleanup());

const text = (t: string, extra: Partial<Parameters<typeof suggest>[1]> = {}) =>
  suggest(ctx, { text: t, themeCodes: [], provinceCode: null, knowledgeKind: null, top: 10, ...extra });
const part = (s: RoutingSuggestion, key: string) => s.parts.find((p) => p.key === key)!;

describe('routing.suggest', () => {
  it('ranks on themes and text, explains each part and lists the matched words', () => {
    const cyber = addGroup(ctx, {
      college: 'HOGENT',
      name: 'Onderzoeksgroep Digitale Weerbaarheid',
      description: 'Bewustmaking rond phishing en herstel na ransomware voor vzw’s.',
      themes: ['infoveiligheid'],
    });
    addGroup(ctx, {
      college: 'HOGENT',
      name: 'Kenniscel Magazijnbeheer',
      description: 'Voorraad en picking.',
      themes: ['logistiek'],
    });
    const rows = text('Hoe leren we onze medewerkers phishing herkennen?', {
      themeCodes: ['infoveiligheid'],
      provinceCode: 'Oost-Vlaanderen',
    });
    const top = rows[0]!;
    expect(top).toMatchObject({
      destinationKind: 'expertisegroep',
      destinationId: cyber,
      collegeName: 'Hogeschool Gent',
      shortName: 'HOGENT',
    });
    expect(top.matchedWords).toEqual(['phishing']);
    expect(part(top, 'theme').detail).toBe("1 van 1 thema's gemeen: Informatieveiligheid & cybersecurity");
    expect(part(top, 'region').detail).toMatch(/^Zelfde provincie: Oost-Vlaanderen \(Gent/);
    expect(top.score).toBeCloseTo(
      top.parts.reduce((s, p) => s + p.value, 0),
      5,
    );
    // Seeded groups have keywords, no themes: the theme is read from their keywords, for less.
    const howest = rows.find((r) => r.name.startsWith('Cybersecurity (CS4VL'))!;
    expect(part(howest, 'theme').detail).toContain('afgeleid uit trefwoorden');
    expect(part(howest, 'theme').value).toBeLessThan(part(top, 'theme').value);
    expect(rows.some((r) => r.name === 'Kenniscel Magazijnbeheer')).toBe(false);
  });

  it('learns from the needs a group took on, and counts only accepted ones', () => {
    const a = addGroup(ctx, { college: 'PXL', name: 'Groep A', description: 'Algemene digitalisering.' });
    const b = addGroup(ctx, { college: 'PXL', name: 'Groep B', description: 'Algemene digitalisering.' });
    const past = addNeed(ctx, { title: 'Rolstoelen', question: 'Onderhoud van rolstoelen plannen met sensoren' });
    addReferral(ctx, { needId: past, groupId: a, status: 'afgerond' });
    const declined = addNeed(ctx, { title: 'Rolstoelen 2', question: 'Rolstoelen opvolgen' });
    addReferral(ctx, { needId: declined, groupId: b, status: 'geweigerd' });
    const rows = text('Wij willen het onderhoud van onze rolstoelen beter opvolgen');
    expect(rows[0]!.destinationId).toBe(a);
    expect(rows[0]!.matchedWords).toEqual(expect.arrayContaining(['onderhoud', 'rolstoelen']));
    expect(part(rows[0]!, 'text').detail).toContain('1 eerdere vraag');
    expect(part(rows[0]!, 'track').detail).toBe('1 van 1 aanvaard (100%), antwoord gemiddeld na 4 dagen');
    expect(rows.some((r) => r.destinationId === b)).toBe(false);
  });

  it('leaves corpus stop words (in most documents) out of the text match', () => {
    for (let i = 0; i < 40; i += 1)
      addGroup(ctx, { college: 'Odisee', name: `Groep ${i}`, description: 'Werkt aan kwaliteitsopvolging.' });
    const rare = addGroup(ctx, {
      college: 'Odisee',
      name: 'Groep Bijenteelt',
      description: 'Kwaliteitsopvolging van bijenteelt.',
    });
    const rows = text('kwaliteitsopvolging bijenteelt');
    expect(rows[0]!.destinationId).toBe(rare);
    expect(rows[0]!.matchedWords).toEqual(['bijenteelt']);
    expect(part(rows[0]!, 'text').detail).toMatch(/^1 van 2 woorden gemeen/);
  });

  it('keeps the index in step with edits of groups, needs and referral statuses', () => {
    const g = addGroup(ctx, { college: 'UCLL', name: 'Groep Zorg', description: 'Zorg.' });
    expect(text('hippotherapie')).toEqual([]);
    ctx
      .db()
      .update(expertiseGroups)
      .set({ description: 'Hippotherapie en zorgboerderijen' })
      .where(eq(expertiseGroups.id, g))
      .run();
    expect(text('hippotherapie')[0]!.destinationId).toBe(g);

    const n = addNeed(ctx, { title: 'Vraag', question: 'Klompenmakerij digitaliseren' });
    const r = addReferral(ctx, { needId: n, groupId: g, status: 'aanvaard' });
    expect(text('klompenmakerij')[0]!.destinationId).toBe(g);
    ctx.db().update(needs).set({ question: 'Kaasmakerij digitaliseren' }).where(eq(needs.id, n)).run();
    expect(text('klompenmakerij')).toEqual([]);
    expect(text('kaasmakerij')[0]!.destinationId).toBe(g);
    ctx.db().update(referrals).set({ status: 'doorgestuurd' }).where(eq(referrals.id, r)).run();
    expect(text('kaasmakerij')).toEqual([]);
  });

  it('flags full and inactive groups and lists them after the available ones', () => {
    const full = addGroup(ctx, {
      college: 'AP',
      name: 'Volle Groep',
      description: 'Valdetectie met sensoren',
      themes: ['zorgtech'],
      capacity: 'vol',
    });
    const off = addGroup(ctx, {
      college: 'AP',
      name: 'Slapende Groep',
      description: 'Valdetectie met sensoren',
      themes: ['zorgtech'],
      active: false,
    });
    const limited = addGroup(ctx, {
      college: 'AP',
      name: 'Drukke Groep',
      description: 'Valdetectie',
      themes: ['zorgtech'],
      capacity: 'beperkt',
    });
    const rows = text('valdetectie met sensoren', { themeCodes: ['zorgtech'] });
    const at = (id: number) => rows.findIndex((r) => r.destinationKind === 'expertisegroep' && r.destinationId === id);
    expect(rows[at(full)]!.flags).toEqual(['vol']);
    expect(rows[at(off)]!.flags).toEqual(['inactief']);
    expect(rows[at(limited)]!.flags).toEqual(['beperkt']);
    expect(at(limited)).toBeLessThan(at(full));
    expect(at(full)).toBeLessThan(at(off));
    expect(part(rows[at(off)]!, 'load').detail).toContain('Inactief');
    expect(part(rows[at(full)]!, 'load').value).toBe(0);
  });

  it('reads a need: its text, themes, kind and the organisation’s place', () => {
    const org = addOrganisation(ctx, 'Maatwerkbedrijf De Schakel', 'Hasselt', 'limburg');
    const need = addNeed(ctx, {
      title: 'Telemonitoring',
      question: 'Telemonitoring van cliënten thuis',
      themes: ['zorgtech'],
      organisationId: org,
    });
    const rows = suggest(ctx, { needId: need, text: '', themeCodes: [], provinceCode: null, knowledgeKind: null, top: 3 });
    expect(rows[0]!.name).toBe('PXL Zorginnovatie');
    expect(part(rows[0]!, 'region').detail).toBe('Zelfde provincie: Limburg (Hasselt, 0 km)');
  });

  it('fundamental research: the university of the association of the best group', () => {
    const rows = text('telemonitoring van hartpatiënten', { themeCodes: ['zorgtech'], knowledgeKind: 'fundamenteel' });
    const uni = rows.find((r) => r.destinationKind === 'universiteit')!;
    expect(uni.name).toBe('Universiteit Hasselt');
    expect(part(uni, 'rule').detail).toMatch(/associatie van PXL, waar PXL Zorginnovatie het best past/);
    expect(rows[0]).toBe(uni);
    expect(text('telemonitoring', { themeCodes: ['zorgtech'] }).some((r) => r.destinationKind === 'universiteit')).toBe(false);
  });

  it('existing market solution: companies with the theme, flagged when inactive', () => {
    const co = addCompany(ctx, {
      name: 'RouteSlim bv',
      city: 'Antwerpen',
      provinceCode: 'antwerpen',
      notes: 'Ritplanning',
      themes: ['logistiek'],
    });
    const old = addCompany(ctx, {
      name: 'Oude Planner nv',
      city: 'Gent',
      provinceCode: 'oost-vlaanderen',
      themes: ['logistiek'],
      active: false,
    });
    addCompany(ctx, { name: 'Andere Zaak', city: 'Gent', provinceCode: 'oost-vlaanderen', themes: ['privacy'] });
    const rows = text('software voor ritplanning', { themeCodes: ['logistiek'], knowledgeKind: 'marktoplossing' });
    const companies = rows.filter((r) => r.destinationKind === 'bedrijf');
    expect(companies.map((c) => c.destinationId)).toEqual([co, old]);
    expect(companies[0]!.matchedWords).toEqual(['ritplanning']);
    expect(part(companies[0]!, 'rule').detail).toMatch(/^Bestaande marktoplossing/);
    expect(companies[1]!.flags).toEqual(['inactief']);
    expect(text('software voor ritplanning', { themeCodes: ['logistiek'] }).some((r) => r.destinationKind === 'bedrijf')).toBe(
      false,
    );
  });
});

describe('routing.suggest through the router (bad input)', () => {
  it('refuses an empty text without themes with a Dutch message at the field', async () => {
    const res = await createRouter(ctx).call('routing.suggest', { text: '   ' });
    expect(res).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { issues: [{ path: 'text', message: expect.stringMatching(/Geef de vraag in/) as unknown }] },
      },
    });
  });

  it('refuses a need without question, SMART text or theme', async () => {
    const need = addNeed(ctx, { title: 'Leeg' });
    const res = await createRouter(ctx).call('routing.suggest', { needId: need });
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'needId' }] } } });
    const missing = await createRouter(ctx).call('routing.suggest', { needId: 99999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('names unknown themes and provinces', async () => {
    const theme = await createRouter(ctx).call('routing.suggest', { text: 'x', themeCodes: ['onbestaand'] });
    expect(theme).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Onbekend thema: onbestaand/) as unknown },
    });
    const province = await createRouter(ctx).call('routing.suggest', { text: 'x', provinceCode: 'Namen' });
    expect(province).toMatchObject({ ok: false, error: { details: { issues: [{ path: 'provinceCode' }] } } });
    const ok = await createRouter(ctx).call('routing.suggest', {
      text: 'cybersecurity',
      provinceCode: 'West-Vlaanderen',
      top: 2,
    });
    expect(ok).toMatchObject({ ok: true });
  });
});
