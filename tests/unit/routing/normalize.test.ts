import { describe, expect, it } from 'vitest';
import { fold, ftsQuery, matchingTerms, prefixStems, queryTerms, stem } from '../../../electron/services/routing/normalize';
import { distanceKm, locate } from '../../../electron/services/routing/geo';

describe('Dutch-aware normalisation', () => {
  it('folds case and diacritics like the FTS5 tokenizer', () => {
    expect(fold('Cliënten ÉÉN Financiële')).toBe('clienten een financiele');
  });

  it('stems the usual inflections to a shared prefix', () => {
    expect(stem('vrijwilligers')).toBe('vrijwilliger');
    expect(stem('organisaties')).toBe('organisatie');
    expect(stem('gegevens')).toBe('gegev');
    expect(stem('beveiliging')).toBe('beveilig');
    expect(stem('beveiligen')).toBe('beveilig');
    expect(stem('veiligheid')).toBe('veilig');
    expect(stem('mogelijkheden')).toBe('mogelijk');
    expect(stem('plannen')).toBe('plan');
    expect(stem('processen')).toBe('proces');
    expect(stem('sociale')).toBe('socia');
    expect(stem('sociaal')).toBe('socia');
    expect(stem('digitale')).toBe(stem('digitaal'));
    expect(stem('financieel')).toBe(stem('financiële'));
  });

  it('always yields a prefix of the word, because the index holds the words as written', () => {
    const sample =
      'vrijwilligers organisaties gegevens beveiliging veiligheden sociaal sociale digitaal betaalbaar ' +
      'financiële mobiele plannen processen werkinstructies toegankelijkheid opleidingen cliënten ideeën';
    for (const w of sample.split(' ')) expect(fold(w).startsWith(stem(w)), w).toBe(true);
  });

  it('leaves short words and numbers alone', () => {
    expect(stem('data')).toBe('data');
    expect(stem('2035')).toBe('2035');
    expect(stem('proces')).toBe('proces');
  });

  it('drops stop words, duplicates and very short words, keeping the written word', () => {
    const terms = queryTerms('Hoe beveiligen wij de gegevens van onze cliënten? De gegevens zijn in de app.');
    expect(terms.map((t) => t.stem)).toEqual(['beveilig', 'gegev', 'client', 'app']);
    expect(terms.find((t) => t.stem === 'client')?.word).toBe('cliënten');
  });

  it('builds a prefix query only for stems long enough to mean something', () => {
    const terms = queryTerms('magazijn mag app digitaal');
    expect(prefixStems(terms)).toEqual(['magazijn', 'digita']);
    const q = ftsQuery(
      terms,
      new Map([
        ['magazijn', ['magazijn', 'magazijnen']],
        ['digita', []],
      ]),
    );
    expect(q).toBe('"magazijn" OR "magazijnen" OR "app" OR "appen" OR "apps"');
    expect(ftsQuery(queryTerms('digitaal'), new Map())).toBe('');
  });

  it('finds matched words with the same rule as the index', () => {
    const terms = queryTerms('vrijwilligers beveiliging app');
    const found = matchingTerms(terms, 'Vrijwilligerswerk en het beveiligen van apps').map((t) => t.word);
    expect(found).toEqual(['vrijwilligers', 'beveiliging', 'app']);
    expect(matchingTerms(queryTerms('werk'), 'werkplekleren')).toEqual([]);
  });
});

describe('geography', () => {
  it('locates cities and falls back to the province centre', () => {
    expect(locate('Gent', null)).not.toBeNull();
    expect(locate('Onbekendegem', 'limburg')).toEqual(locate(null, 'limburg'));
    expect(locate('Onbekendegem', null)).toBeNull();
  });

  it('measures straight-line distance in km', () => {
    const d = distanceKm(locate('Gent', null)!, locate('Kortrijk', null)!);
    expect(d).toBeGreaterThan(35);
    expect(d).toBeLessThan(50);
    expect(distanceKm(locate('Hasselt', null)!, locate('Hasselt', null)!)).toBe(0);
  });
});
