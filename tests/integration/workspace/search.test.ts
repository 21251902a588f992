import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { contacts, organisations } from '../../../db/schema';
import { createRouter } from '../../../electron/api/router';
import type { SearchResult } from '../../../electron/api/contract';
import { buildMatchExpression, enterpriseNumberIn } from '../../../electron/services/search/match';
import { testContext, type TestContext } from '../../helpers/db';
import { addContact, addNeed, addOrganisation } from './helpers';

let ctx: TestContext | undefined;
afterEach(() => {
  ctx?.cleanup();
  ctx = undefined;
});

async function search(c: TestContext, text: string, limit?: number): Promise<SearchResult> {
  const response = await createRouter(c).call('search.query', limit ? { text, limit } : { text });
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
  return response.result as SearchResult;
}

function titles(result: SearchResult): string[] {
  return result.groups.flatMap((g) => g.hits.map((h) => `${h.kind}:${h.title}`));
}

describe('global search', () => {
  it('ignores diacritics and case: emmaus finds Emmaüs', async () => {
    ctx = testContext();
    const id = addOrganisation(ctx, { name: 'Emmaüs Brugge vzw', postcode: '8000', city: 'Brugge' });
    addOrganisation(ctx, { name: 'De Kringwinkel Gent' });
    const result = await search(ctx, 'EMMAUS');
    expect(titles(result)).toEqual(['organisation:Emmaüs Brugge vzw']);
    expect(result.groups[0]?.hits[0]).toMatchObject({ id, href: `#/organisaties/${id}`, subtitle: '8000 Brugge' });
    expect(titles(await search(ctx, 'emmaüs'))).toEqual(['organisation:Emmaüs Brugge vzw']);
  });

  it('matches prefixes of every word, all words required', async () => {
    ctx = testContext();
    addOrganisation(ctx, { name: 'De Kringwinkel Het Anker' });
    addOrganisation(ctx, { name: 'Kringloopcentrum Aalst', postcode: '9300', city: 'Aalst' });
    expect(titles(await search(ctx, 'kring'))).toHaveLength(2);
    expect(titles(await search(ctx, 'kring ank'))).toEqual(['organisation:De Kringwinkel Het Anker']);
    expect(titles(await search(ctx, 'kringwinkel aalst'))).toEqual([]);
  });

  it('finds an organisation by its enterprise number in any spelling', async () => {
    ctx = testContext();
    const id = addOrganisation(ctx, { name: 'Atelier De Brug', enterpriseNumber: '0403019261' });
    addOrganisation(ctx, { name: 'Atelier Ander 0403', postcode: '0403' });
    for (const text of ['BE 0403.019.261', '0403 019 261', '403019261', '0403019261', 'be0403019261', '0403.019.261']) {
      const result = await search(ctx, text);
      expect(
        result.groups.flatMap((g) => g.hits).map((h) => h.id),
        text,
      ).toEqual([id]);
      expect(result.groups[0]?.hits[0]?.subtitle).toContain('0403.019.261');
    }
  });

  it('does not find an erased contact, and finds a contact with a link to its organisation', async () => {
    ctx = testContext();
    const orgId = addOrganisation(ctx, { name: 'Zorggroep De Linde' });
    const kept = addContact(ctx, orgId, 'Griet', 'Vermeulen', 'griet.vermeulen@delinde.be');
    const erased = addContact(ctx, orgId, 'Joris', 'Vermeulen', 'joris.vermeulen@delinde.be');
    let result = await search(ctx, 'vermeulen');
    expect(
      result.groups
        .find((g) => g.kind === 'contact')
        ?.hits.map((h) => h.id)
        .sort(),
    ).toEqual([kept, erased].sort());
    ctx.db().update(contacts).set({ erasedAt: '2026-11-20T10:00:00.000Z' }).where(eq(contacts.id, erased)).run();
    result = await search(ctx, 'vermeulen');
    const hits = result.groups.flatMap((g) => g.hits);
    expect(hits.map((h) => `${h.kind}:${h.id}`)).toEqual([`contact:${kept}`]);
    expect(hits[0]).toMatchObject({ href: `#/organisaties/${orgId}`, title: 'Griet Vermeulen' });
    expect(hits[0]?.subtitle).toContain('Zorggroep De Linde');
  });

  it('does not find an organisation that was merged into another', async () => {
    ctx = testContext();
    const survivor = addOrganisation(ctx, { name: 'Maatwerkbedrijf Levanto' });
    const merged = addOrganisation(ctx, { name: 'Levanto Maatwerk', postcode: '2000', city: 'Antwerpen' });
    ctx.db().update(organisations).set({ mergedIntoId: survivor }).where(eq(organisations.id, merged)).run();
    const result = await search(ctx, 'levanto');
    expect(result.groups.flatMap((g) => g.hits).map((h) => h.id)).toEqual([survivor]);
  });

  it('finds needs with a link to the dossier, and ranks title hits first', async () => {
    ctx = testContext();
    const orgId = addOrganisation(ctx, { name: 'Home Ter Engelen' });
    const inTitle = addNeed(ctx, orgId, 'Phishingbewustzijn bij begeleiders', 'verkenning');
    addNeed(ctx, addOrganisation(ctx, { name: 'Phishing Atelier' }), 'Back-upbeleid', 'nieuw');
    const result = await search(ctx, 'phishing');
    const needsGroup = result.groups.find((g) => g.kind === 'need');
    expect(needsGroup?.hits[0]).toMatchObject({
      id: inTitle,
      href: `#/dossiers/${inTitle}`,
      status: 'verkenning',
      subtitle: 'Home Ter Engelen',
    });
    expect(result.groups.map((g) => g.kind)).toEqual(['organisation', 'need']);
  });

  it('shows organisations named with the word even when a thousand newer contacts mention it', async () => {
    ctx = testContext();
    const older = addOrganisation(ctx, { name: 'Kringwinkel Noord' });
    const busy = addOrganisation(ctx, { name: 'Kringloop Zuid' });
    const c = ctx;
    c.sqlite().transaction(() => {
      for (let i = 0; i < 1100; i += 1) addContact(c, busy, `Medewerker${i}`, 'Janssens');
    })();
    const result = await search(ctx, 'kring', 6);
    const orgs = result.groups.find((g) => g.kind === 'organisation')?.hits.map((h) => h.id);
    expect(orgs).toEqual(expect.arrayContaining([older, busy]));
    expect(result.groups.find((g) => g.kind === 'contact')?.hits).toHaveLength(6);
    expect(result.capped).toBe(true);
  });

  it('keeps at most `limit` hits per kind and reports the total', async () => {
    ctx = testContext();
    for (let i = 0; i < 8; i += 1) addOrganisation(ctx, { name: `Buurtwerk Noord ${i}` });
    const result = await search(ctx, 'buurtwerk', 3);
    expect(result.groups[0]?.hits).toHaveLength(3);
    expect(result.total).toBe(8);
  });

  it('never turns typed FTS syntax into an error', async () => {
    ctx = testContext();
    addOrganisation(ctx, { name: 'De Kringwinkel "Het Anker"' });
    const nasty = [
      '"',
      '""',
      'kring*',
      '*',
      'AND',
      'OR kring',
      'NOT',
      'NEAR(kring anker)',
      'title:kring',
      '(',
      ')',
      '-kring',
      '^kring',
      "'",
      '{title}: x',
      'kring AND',
      'a',
      ' ',
      '',
      '+',
      '0403',
      '€%_\\',
    ];
    for (const text of nasty) {
      const response = await createRouter(ctx).call('search.query', { text });
      expect(response.ok, text).toBe(true);
    }
    expect(titles(await search(ctx, 'kring* (anker) "het'))).toEqual(['organisation:De Kringwinkel "Het Anker"']);
    expect((await search(ctx, '')).groups).toEqual([]);
    expect((await search(ctx, '" * ( )')).total).toBe(0);
  });

  it('refuses input that is not text, with a Dutch message', async () => {
    ctx = testContext();
    const response = await createRouter(ctx).call('search.query', { text: 12 });
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error.code).toBe('VALIDATION');
  });
});

describe('the MATCH expression', () => {
  it('quotes and prefixes every word and drops syntax', () => {
    expect(buildMatchExpression('Kring winkel')).toBe('"kring"* AND "winkel"*');
    expect(buildMatchExpression('"kring" OR (x)')).toBe('"kring"* AND "or"*');
    expect(buildMatchExpression('* : ^')).toBeNull();
  });

  it('recognises enterprise numbers only when the whole input is one', () => {
    expect(enterpriseNumberIn('BE 0403.019.261')).toBe('0403019261');
    expect(enterpriseNumberIn('403019261')).toBe('0403019261');
    expect(enterpriseNumberIn('0403019262')).toBeNull();
    expect(enterpriseNumberIn('kring 0403019261')).toBeNull();
  });
});
