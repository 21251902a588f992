import type { RoutingScorePart } from '../../api/contract/routing';

/**
 * The score parts, each a pure function of facts already read, so every part can be tested and
 * explained on its own. Maxima sum to 100 (routingMaxScore); text and theme weigh most because
 * they say whether the group CAN answer, the others only who answers best among those.
 */
export const weights = { theme: 35, text: 35, region: 10, load: 10, track: 10 } as const;

const round1 = (n: number) => Math.round(n * 10) / 10;
const part = (key: RoutingScorePart['key'], value: number, detail: string, max?: number): RoutingScorePart => ({
  key,
  value: round1(Math.max(0, value)),
  detail,
  ...(max === undefined ? {} : { max }),
});

/** A theme read from a group's own words counts for less than one the coordinator assigned. */
export const DERIVED_THEME_WEIGHT = 0.6;

export function themePart(
  needThemes: { id: number; name: string }[],
  destinationThemeIds: ReadonlySet<number>,
  derivedThemeIds: ReadonlySet<number> = new Set(),
): RoutingScorePart {
  if (needThemes.length === 0) return part('theme', 0, "Geen thema's opgegeven bij de vraag", weights.theme);
  const shared = needThemes.filter((t) => destinationThemeIds.has(t.id));
  const derived = needThemes.filter((t) => !destinationThemeIds.has(t.id) && derivedThemeIds.has(t.id));
  if (shared.length === 0 && derived.length === 0) return part('theme', 0, "Geen thema's gemeen", weights.theme);
  const value = (weights.theme * (shared.length + DERIVED_THEME_WEIGHT * derived.length)) / needThemes.length;
  const n = shared.length + derived.length;
  const names = shared.map((t) => t.name).join(', ');
  const read = derived.map((t) => t.name).join(', ');
  const detail =
    `${n} van ${needThemes.length} thema's gemeen: ` +
    [names, read ? `${read} (afgeleid uit trefwoorden)` : ''].filter(Boolean).join('; ');
  return part('theme', value, detail, weights.theme);
}

export type TextFacts = {
  /** bm25 relevance of this destination (higher is better, 0 = no match). */
  relevance: number;
  /** The best relevance among all candidates of this query. */
  bestRelevance: number;
  /** Query words found in the profile (name, description, keywords) / in past needs. */
  profileWords: number;
  pastWords: number;
  matchedWords: number;
  queryWords: number;
  /** Needs this group took on before. */
  pastNeeds: number;
};

/**
 * bm25 says how strongly, relative to the best match of this question; the share of the
 * question's words found says how broadly (a single shared word must not look like a match).
 */
export function textPart(f: TextFacts): RoutingScorePart {
  if (f.queryWords === 0) return part('text', 0, 'Geen tekst om te vergelijken', weights.text);
  if (f.relevance <= 0 || f.bestRelevance <= 0) return part('text', 0, 'Geen woorden van de vraag gevonden', weights.text);
  const coverage = Math.min(1, f.matchedWords / Math.min(f.queryWords, 6));
  const value = weights.text * (0.6 * (f.relevance / f.bestRelevance) + 0.4 * coverage);
  const where: string[] = [];
  if (f.profileWords > 0) where.push(`${f.profileWords} in beschrijving en trefwoorden`);
  if (f.pastWords > 0) where.push(`${f.pastWords} in ${f.pastNeeds === 1 ? '1 eerdere vraag' : `${f.pastNeeds} eerdere vragen`}`);
  const detail = `${f.matchedWords} van ${f.queryWords} woorden gemeen${where.length > 0 ? ` (${where.join('; ')})` : ''}`;
  return part('text', value, detail, weights.text);
}

export type RegionFacts = {
  enterpriseProvince: { code: string; name: string } | null;
  destinationProvince: { code: string; name: string } | null;
  destinationCity: string;
  /** Straight-line km between enterprise and destination; null when either place is unknown. */
  distanceKm: number | null;
};

/** Same province gives the full part; otherwise it fades out over 150 km. */
export function regionPart(f: RegionFacts): RoutingScorePart {
  if (!f.enterpriseProvince) return part('region', 0, 'Regio van de onderneming onbekend', weights.region);
  const km = f.distanceKm === null ? '' : `, ${f.distanceKm} km`;
  const place = f.destinationCity ? ` (${f.destinationCity}${km})` : km ? ` (${km.slice(2)})` : '';
  if (f.destinationProvince?.code === f.enterpriseProvince.code) {
    return part('region', weights.region, `Zelfde provincie: ${f.enterpriseProvince.name}${place}`, weights.region);
  }
  if (f.distanceKm === null) return part('region', 0, `Andere provincie dan ${f.enterpriseProvince.name}`, weights.region);
  const value = weights.region * 0.8 * Math.max(0, 1 - f.distanceKm / 150);
  return part('region', value, `Andere provincie${place}`, weights.region);
}

export type LoadFacts = { active: boolean; capacity: 'open' | 'beperkt' | 'vol'; openReferrals: number };

const capacityBase = { open: 1, beperkt: 0.5, vol: 0 } as const;
const capacityLabel = {
  open: 'Capaciteit open',
  beperkt: 'Capaciteit beperkt',
  vol: 'Vol: neemt nu geen nieuwe vragen aan',
} as const;

/** Room for a new question: the declared capacity, lowered by the referrals still waiting there. */
export function loadPart(f: LoadFacts): RoutingScorePart {
  if (!f.active) return part('load', 0, 'Inactief: staat niet open voor doorverwijzingen', weights.load);
  const value = weights.load * capacityBase[f.capacity] * (5 / (5 + f.openReferrals));
  const open =
    f.openReferrals === 0
      ? 'geen openstaande doorverwijzingen'
      : f.openReferrals === 1
        ? '1 openstaande doorverwijzing'
        : `${f.openReferrals} openstaande doorverwijzingen`;
  return part('load', value, `${capacityLabel[f.capacity]}, ${open}`, weights.load);
}

export type TrackFacts = { accepted: number; declined: number; avgResponseDays: number | null };

/**
 * Past acceptance (smoothed, so one answer does not decide) and answer speed. Without history the
 * part is neutral, so a new group is not pushed down for being new.
 */
export function trackPart(f: TrackFacts): RoutingScorePart {
  const answered = f.accepted + f.declined;
  const acceptance = (f.accepted + 1) / (answered + 2);
  const speed = f.avgResponseDays === null ? 0.5 : Math.max(0, Math.min(1, (25 - f.avgResponseDays) / 20));
  const value = weights.track * (0.6 * acceptance + 0.4 * speed);
  if (answered === 0 && f.avgResponseDays === null)
    return part('track', value, 'Nog geen doorverwijzingen beantwoord (neutraal)', weights.track);
  const rate =
    answered === 0
      ? 'nog geen antwoord'
      : `${f.accepted} van ${answered} aanvaard (${Math.round((100 * f.accepted) / answered)}%)`;
  const days =
    f.avgResponseDays === null
      ? ''
      : `, antwoord gemiddeld na ${Math.round(f.avgResponseDays)} ${Math.round(f.avgResponseDays) === 1 ? 'dag' : 'dagen'}`;
  return part('track', value, `${rate}${days}`, weights.track);
}

export function rulePart(value: number, detail: string): RoutingScorePart {
  return part('rule', value, detail);
}

/** Score = sum of the (rounded) parts, so what the coordinator reads adds up. */
export function total(parts: RoutingScorePart[]): number {
  return round1(parts.reduce((s, p) => s + p.value, 0));
}
