import { describe, expect, it } from 'vitest';
import { foldedWords, rankByTitle } from '../../../electron/services/search/rank';

const rows = (...titles: string[]) => titles.map((title, i) => ({ rowid: i + 1, title }));
const order = (ranked: { title: string }[]) => ranked.map((r) => r.title);

describe('ranking search matches on their titles', () => {
  it('folds diacritics and case as the index does', () => {
    expect(foldedWords('Emmaüs Brugge-Oost vzw')).toEqual(['emmaus', 'brugge', 'oost', 'vzw']);
  });

  it('puts title hits before body-only hits, a whole word before a word that only starts with it', () => {
    const ranked = rankByTitle(rows('Jan Peeters', 'De Kringwinkel Gent', 'Kring vzw', 'Kringloop Aalst en omgeving'), ['kring']);
    expect(order(ranked)).toEqual(['Kring vzw', 'De Kringwinkel Gent', 'Kringloop Aalst en omgeving', 'Jan Peeters']);
  });

  it('counts every searched word, prefers shorter titles, then the newest', () => {
    const ranked = rankByTitle(rows('Emmaüs', 'Emmaus Brugge', 'Emmaüs Brugge vzw', 'Iets anders', 'Nog iets anders'), [
      'emmaüs',
      'brugge',
    ]);
    expect(order(ranked)).toEqual(['Emmaus Brugge', 'Emmaüs Brugge vzw', 'Emmaüs', 'Nog iets anders', 'Iets anders']);
  });
});
