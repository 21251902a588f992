import { describe, expect, it } from 'vitest';
import { loadPart, regionPart, textPart, themePart, total, trackPart, weights } from '../../../electron/services/routing/parts';
import { byRank } from '../../../electron/services/routing/suggest';
import type { RoutingSuggestion } from '../../../electron/api/contract/routing';

const themes = [
  { id: 1, name: 'Data' },
  { id: 2, name: 'AI' },
  { id: 3, name: 'Privacy' },
];
const gent = { code: 'oost-vlaanderen', name: 'Oost-Vlaanderen' };

describe('score parts', () => {
  it('theme: share of the need themes, derived ones weigh less', () => {
    expect(themePart(themes, new Set([1, 2])).value).toBeCloseTo((weights.theme * 2) / 3, 1);
    expect(themePart(themes, new Set([1, 2])).detail).toBe("2 van 3 thema's gemeen: Data, AI");
    const derived = themePart(themes, new Set(), new Set([3]));
    expect(derived.value).toBeCloseTo((weights.theme * 0.6) / 3, 1);
    expect(derived.detail).toContain('afgeleid uit trefwoorden');
    expect(themePart([], new Set([1])).value).toBe(0);
    expect(themePart(themes, new Set([9])).detail).toBe("Geen thema's gemeen");
  });

  it('text: relative bm25 plus breadth of the match', () => {
    const base = { bestRelevance: 10, profileWords: 2, pastWords: 1, matchedWords: 3, queryWords: 6, pastNeeds: 4 };
    const best = textPart({ ...base, relevance: 10 });
    const half = textPart({ ...base, relevance: 5 });
    expect(best.value).toBeCloseTo(weights.text * (0.6 + 0.4 * 0.5), 1);
    expect(half.value).toBeLessThan(best.value);
    expect(best.detail).toBe('3 van 6 woorden gemeen (2 in beschrijving en trefwoorden; 1 in 4 eerdere vragen)');
    expect(textPart({ ...base, relevance: 0 }).value).toBe(0);
  });

  it('region: full in the same province, fading with distance, zero when unknown', () => {
    const same = regionPart({ enterpriseProvince: gent, destinationProvince: gent, destinationCity: 'Gent', distanceKm: 3 });
    expect(same.value).toBe(weights.region);
    expect(same.detail).toBe('Zelfde provincie: Oost-Vlaanderen (Gent, 3 km)');
    const near = regionPart({
      enterpriseProvince: gent,
      destinationProvince: { code: 'west-vlaanderen', name: 'West-Vlaanderen' },
      destinationCity: 'Kortrijk',
      distanceKm: 45,
    });
    const far = regionPart({
      enterpriseProvince: gent,
      destinationProvince: { code: 'limburg', name: 'Limburg' },
      destinationCity: 'Hasselt',
      distanceKm: 140,
    });
    expect(near.value).toBeGreaterThan(far.value);
    expect(near.value).toBeLessThan(weights.region);
    expect(
      regionPart({ enterpriseProvince: null, destinationProvince: gent, destinationCity: 'Gent', distanceKm: null }).value,
    ).toBe(0);
  });

  it('load: capacity lowered by open referrals; nothing for inactive or full groups', () => {
    expect(loadPart({ active: true, capacity: 'open', openReferrals: 0 }).value).toBe(weights.load);
    expect(loadPart({ active: true, capacity: 'open', openReferrals: 5 }).value).toBe(weights.load / 2);
    expect(loadPart({ active: true, capacity: 'beperkt', openReferrals: 0 }).value).toBe(weights.load / 2);
    expect(loadPart({ active: true, capacity: 'vol', openReferrals: 0 }).value).toBe(0);
    expect(loadPart({ active: false, capacity: 'open', openReferrals: 0 }).detail).toContain('Inactief');
  });

  it('track: smoothed acceptance and speed, neutral without history', () => {
    const neutral = trackPart({ accepted: 0, declined: 0, avgResponseDays: null });
    expect(neutral.value).toBe(5);
    expect(neutral.detail).toContain('neutraal');
    const good = trackPart({ accepted: 9, declined: 1, avgResponseDays: 3 });
    const bad = trackPart({ accepted: 1, declined: 9, avgResponseDays: 30 });
    expect(good.value).toBeGreaterThan(neutral.value);
    expect(bad.value).toBeLessThan(neutral.value);
    expect(good.detail).toBe('9 van 10 aanvaard (90%), antwoord gemiddeld na 3 dagen');
  });

  it('the score is the sum of the parts as shown', () => {
    const parts = [themePart(themes, new Set([1])), loadPart({ active: true, capacity: 'open', openReferrals: 1 })];
    expect(total(parts)).toBeCloseTo(parts[0]!.value + parts[1]!.value, 5);
  });
});

describe('ranking', () => {
  const s = (name: string, score: number, flags: RoutingSuggestion['flags'] = []): RoutingSuggestion => ({
    destinationKind: 'expertisegroep',
    destinationId: score,
    name,
    collegeId: null,
    collegeName: null,
    score,
    parts: [],
    matchedWords: [],
    flags,
    experts: [],
  });
  it('lists available destinations first, then full, then inactive (flagged, not hidden)', () => {
    const ranked = [s('Inactief', 90, ['inactief']), s('Vol', 80, ['vol']), s('Laag', 20), s('Beperkt', 30, ['beperkt'])].sort(
      byRank,
    );
    expect(ranked.map((r) => r.name)).toEqual(['Beperkt', 'Laag', 'Vol', 'Inactief']);
  });
});
