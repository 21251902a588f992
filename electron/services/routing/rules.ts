import { inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { partnerColleges } from '../../../db/schema';
import type { RoutingSuggestion } from '../../api/contract/routing';
import { partnersOfKind, indexTexts, companyIdsWithThemes } from './data';
import { distanceKm, locate } from './geo';
import { fold, matchingTerms } from './normalize';
import { regionPart, rulePart, textPart, themePart, total } from './parts';
import type { RoutingQuery } from './resolve';
import type { RankedGroup, Terms } from './suggest';

/**
 * Points a market provider gets for being one (Blikopener must not compete with the market): the
 * 20 points of load and track record a company has no data for, plus 5 to put it first.
 */
export const MARKET_RULE_POINTS = 25;
/** A university ranks just above the best group of its association: that group tells where to go. */
export const UNIVERSITY_RULE_MARGIN = 2;

const flagsOf = (active: boolean): RoutingSuggestion['flags'] => (active ? [] : ['inactief']);

/**
 * Fundamental research → the university of the association of the best-matching colleges (at most
 * two associations, from the five best groups). The association comes from partner_colleges, or
 * else from colleges.association matched to the university's short name.
 */
export function universitySuggestions(db: Db, query: RoutingQuery, ranked: RankedGroup[]): RoutingSuggestion[] {
  const best = ranked.filter((g) => g.score > 0).slice(0, 5);
  if (best.length === 0) return [];
  const universities = partnersOfKind(db, 'universiteit');
  const links = db
    .select({ partnerId: partnerColleges.partnerId, collegeId: partnerColleges.collegeId })
    .from(partnerColleges)
    .where(inArray(partnerColleges.collegeId, [...new Set(best.map((g) => g.info.collegeId))]))
    .all();
  const out: RoutingSuggestion[] = [];
  for (const g of best) {
    const linked = links.find((l) => l.collegeId === g.info.collegeId);
    const uni = universities.find((u) =>
      linked ? u.id === linked.partnerId : g.info.association !== '' && fold(u.shortName) === fold(g.info.association),
    );
    if (!uni || out.some((s) => s.destinationId === uni.id)) continue;
    const detail = `Fundamenteel onderzoek: universiteit van de associatie van ${g.info.collegeShortName}, waar ${g.name} het best past (${g.score} punten)`;
    const parts = [rulePart(g.score + UNIVERSITY_RULE_MARGIN, detail)];
    out.push({
      destinationKind: 'universiteit',
      destinationId: uni.id,
      name: uni.name,
      shortName: uni.shortName || uni.name,
      collegeId: null,
      collegeName: null,
      score: total(parts),
      parts,
      matchedWords: g.matchedWords,
      flags: flagsOf(uni.active),
      experts: [],
    });
    if (out.length === 2) break;
  }
  return out;
}

/**
 * Existing market solution → companies from the partner directory with one of the need's themes
 * (or, when the need has no theme, whose description matches the text).
 */
export function companySuggestions(
  db: Db,
  query: RoutingQuery,
  { terms, expansions, written }: Terms,
  textHits: Map<number, number>,
  bestGroupRelevance: number,
): RoutingSuggestion[] {
  const themeIds = query.themes.map((t) => t.id);
  const ids = themeIds.length > 0 ? companyIdsWithThemes(db, themeIds) : [...textHits.keys()];
  const companies = partnersOfKind(db, 'bedrijf', ids);
  if (companies.length === 0) return [];
  const best = Math.max(bestGroupRelevance, ...companies.map((c) => textHits.get(c.id) ?? 0));
  const texts = indexTexts(
    db,
    companies.map((c) => c.id * 4 + 3),
  );
  const home = locate(query.city, query.province?.code);
  return companies.map((c) => {
    const matched = matchingTerms(terms, texts.get(c.id * 4 + 3) ?? '', expansions);
    const there = locate(c.city, c.provinceCode);
    const parts = [
      themePart(query.themes, c.themeIds),
      textPart({
        relevance: textHits.get(c.id) ?? 0,
        bestRelevance: best,
        profileWords: matched.length,
        pastWords: 0,
        matchedWords: matched.length,
        queryWords: written,
        pastNeeds: 0,
      }),
      regionPart({
        enterpriseProvince: query.province,
        destinationProvince: c.provinceCode && c.provinceName ? { code: c.provinceCode, name: c.provinceName } : null,
        destinationCity: c.city,
        distanceKm: home && there ? distanceKm(home, there) : null,
      }),
      rulePart(
        MARKET_RULE_POINTS,
        themeIds.length > 0
          ? 'Bestaande marktoplossing: bedrijf uit de partnerlijst met dit thema'
          : 'Bestaande marktoplossing: bedrijf uit de partnerlijst dat bij de vraag past',
      ),
    ];
    return {
      destinationKind: 'bedrijf' as const,
      destinationId: c.id,
      name: c.name,
      shortName: c.shortName || c.name,
      collegeId: null,
      collegeName: null,
      score: total(parts),
      parts,
      matchedWords: matched.map((t) => t.word),
      flags: flagsOf(c.active),
      experts: [],
    };
  });
}
