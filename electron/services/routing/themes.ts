import type { Db } from '../../../db/client';
import { groupsWithoutThemes, groupsWithThemes, profileMatches } from './data';
import { ftsQuery, queryTerms } from './normalize';
import { selectTerms } from './vocab';
import { DERIVED_THEME_WEIGHT } from './parts';
import type { RoutingQuery } from './resolve';

export type ThemeCoverage = {
  /** Group id → theme ids assigned by the coordinator. */
  explicit: Map<number, Set<number>>;
  /** Group id → theme ids read from its name/keywords/description (only for groups without themes). */
  derived: Map<number, Set<number>>;
};

/**
 * Which of the need's themes each group covers. The seeded network lists keywords, not themes; so
 * a group without any assigned theme covers a theme when its profile contains a word of the
 * theme's own name (e.g. keyword "cybersecurity" → "Informatieveiligheid & cybersecurity").
 */
export function themeCoverage(db: Db, query: RoutingQuery): ThemeCoverage {
  const explicit = groupsWithThemes(
    db,
    query.themes.map((t) => t.id),
  );
  const derived = new Map<number, Set<number>>();
  const unthemed = query.themes.length > 0 ? groupsWithoutThemes(db) : new Set<number>();
  if (unthemed.size === 0) return { explicit, derived };
  for (const theme of query.themes) {
    for (const id of profileMatches(db, themeMatch(db, theme.name))) {
      if (unthemed.has(id)) derived.set(id, (derived.get(id) ?? new Set<number>()).add(theme.id));
    }
  }
  return { explicit, derived };
}

function themeMatch(db: Db, name: string): string {
  const { terms, expansions } = selectTerms(db, queryTerms(name));
  return ftsQuery(terms, expansions);
}

/** Share of the need's themes covered (0..1), derived themes weighed down. */
export function themeShare(c: ThemeCoverage, id: number, themeCount: number): number {
  if (themeCount === 0) return 0;
  const explicit = c.explicit.get(id)?.size ?? 0;
  const derived = c.derived.get(id)?.size ?? 0;
  return (explicit + DERIVED_THEME_WEIGHT * derived) / themeCount;
}
