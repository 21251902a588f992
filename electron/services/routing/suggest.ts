import type { RoutingSuggestInput, RoutingSuggestion } from '../../api/contract/routing';
import type { AppContext } from '../context';
import { groupExperts, groupInfo, indexTexts, referralStats, textHits, type GroupInfo } from './data';
import { distanceKm, locate } from './geo';
import { ftsQuery, matchingTerms, queryTerms, type Expansions, type QueryTerm } from './normalize';
import { selectTerms } from './vocab';
import { loadPart, regionPart, textPart, themePart, total, trackPart, weights } from './parts';
import { resolveQuery, type RoutingQuery } from './resolve';
import { companySuggestions, universitySuggestions } from './rules';
import { themeCoverage, themeShare, type ThemeCoverage } from './themes';

/** How much the past needs a group took on weigh against its own description and keywords. */
export const PAST_WEIGHT = 0.7;
/** Candidates that get the full (more expensive) scoring; the rest cannot reach the top. */
const SHORTLIST = 60;

export type RankedGroup = RoutingSuggestion & { info: GroupInfo };

/**
 * Ranked destinations for a need or a free text (issue 5): expertise groups scored on theme, text
 * (FTS5 bm25 over profile and past needs), region, load and track record, plus the rules for
 * fundamental research (university of the association) and market solutions (companies).
 */
export function suggest(ctx: AppContext, input: RoutingSuggestInput): RoutingSuggestion[] {
  const query = resolveQuery(ctx, input);
  const db = ctx.db();
  const written = queryTerms(query.text);
  const { terms, expansions } = selectTerms(db, written);
  const hits = textHits(db, ftsQuery(terms, expansions));
  const themed = themeCoverage(db, query);

  const relevance = (id: number) => {
    const h = hits.groups.get(id);
    return h ? h.profile + PAST_WEIGHT * h.past : 0;
  };
  const ids = new Set([...hits.groups.keys(), ...themed.explicit.keys(), ...themed.derived.keys()]);
  let bestRelevance = 0;
  for (const id of ids) bestRelevance = Math.max(bestRelevance, relevance(id));

  // Cheap first pass (theme + bm25 share of the text part) to pick the shortlist.
  const first = [...ids]
    .map((id) => ({
      id,
      pre:
        weights.theme * themeShare(themed, id, query.themes.length) +
        (bestRelevance > 0 ? (weights.text * relevance(id)) / bestRelevance : 0),
    }))
    .sort((a, b) => b.pre - a.pre || a.id - b.id)
    .slice(0, Math.max(SHORTLIST, input.top * 4))
    .map((c) => c.id);

  const ranked = scoreGroups(ctx, query, { terms, expansions, written: written.length }, first, {
    relevance,
    bestRelevance,
    themed,
    hits: hits.groups,
  });
  const top = ranked.slice(0, input.top);
  const experts = groupExperts(
    db,
    top.map((g) => g.info),
  );
  for (const g of top) g.experts = experts.get(g.destinationId) ?? [];

  const extra = [
    ...(query.knowledgeKind === 'fundamenteel' ? universitySuggestions(db, query, ranked) : []),
    ...(query.knowledgeKind === 'marktoplossing'
      ? companySuggestions(db, query, { terms, expansions, written: written.length }, hits.partners, bestRelevance)
      : []),
  ];
  // Chosen by score, shown by availability: a full or inactive group that scores in the top is
  // listed (after the available ones), never dropped for its flag.
  return [...top.map(({ info: _info, ...s }) => s), ...extra].sort(byScore).slice(0, input.top).sort(byRank);
}

function byScore(a: RoutingSuggestion, b: RoutingSuggestion): number {
  return b.score - a.score || a.name.localeCompare(b.name, 'nl');
}

/**
 * Available destinations first, then full ones, then inactive ones (flagged, still listed: a
 * referral to an inactive destination is refused, one to a full group rarely accepted); by score
 * within each tier.
 */
export function tier(s: Pick<RoutingSuggestion, 'flags'>): number {
  return s.flags.includes('inactief') ? 2 : s.flags.includes('vol') ? 1 : 0;
}

export function byRank(a: RoutingSuggestion, b: RoutingSuggestion): number {
  return tier(a) - tier(b) || b.score - a.score || a.name.localeCompare(b.name, 'nl');
}

type Relevance = {
  relevance: (id: number) => number;
  bestRelevance: number;
  themed: ThemeCoverage;
  hits: Map<number, { profile: number; past: number }>;
};

/** The selected terms with their index words; `written` = content words in the question (for coverage). */
export type Terms = { terms: QueryTerm[]; expansions: Expansions; written: number };

function scoreGroups(
  ctx: AppContext,
  query: RoutingQuery,
  { terms, expansions, written }: Terms,
  ids: number[],
  r: Relevance,
): RankedGroup[] {
  const db = ctx.db();
  const info = groupInfo(db, ids);
  const stats = referralStats(db, ids);
  // Only the documents that matched can hold matched words.
  const texts = indexTexts(
    db,
    ids.flatMap((id) => {
      const h = r.hits.get(id);
      return [...(h?.profile ? [id * 4 + 1] : []), ...(h?.past ? [id * 4 + 2] : [])];
    }),
  );
  const home = locate(query.city, query.province?.code);
  const out: RankedGroup[] = [];
  for (const id of ids) {
    const g = info.get(id);
    if (!g) continue;
    const s = stats.get(id) ?? { open: 0, accepted: 0, declined: 0, avgResponseDays: null };
    const inProfile = matchingTerms(terms, texts.get(id * 4 + 1) ?? '', expansions);
    const inPast = matchingTerms(terms, texts.get(id * 4 + 2) ?? '', expansions);
    const matched = [...new Set([...inProfile, ...inPast])];
    const there = locate(g.city, g.provinceCode);
    const active = g.active && g.collegeActive;
    const parts = [
      themePart(query.themes, r.themed.explicit.get(id) ?? new Set(), r.themed.derived.get(id) ?? new Set()),
      textPart({
        relevance: r.relevance(id),
        bestRelevance: r.bestRelevance,
        profileWords: inProfile.length,
        pastWords: inPast.length,
        matchedWords: matched.length,
        queryWords: written,
        pastNeeds: s.accepted,
      }),
      regionPart({
        enterpriseProvince: query.province,
        destinationProvince: g.provinceCode && g.provinceName ? { code: g.provinceCode, name: g.provinceName } : null,
        destinationCity: g.city,
        distanceKm: home && there ? distanceKm(home, there) : null,
      }),
      loadPart({ active, capacity: g.capacity, openReferrals: s.open }),
      trackPart({ accepted: s.accepted, declined: s.declined, avgResponseDays: s.avgResponseDays }),
    ];
    const flags: RoutingSuggestion['flags'] = [];
    if (!active) flags.push('inactief');
    if (g.capacity === 'vol') flags.push('vol');
    if (g.capacity === 'beperkt') flags.push('beperkt');
    out.push({
      destinationKind: 'expertisegroep',
      destinationId: id,
      name: g.name,
      collegeId: g.collegeId,
      collegeName: g.collegeName,
      shortName: g.collegeShortName,
      score: total(parts),
      parts,
      matchedWords: matched.map((t) => t.word),
      flags,
      experts: [],
      info: g,
    });
  }
  return out.sort(byScore);
}
