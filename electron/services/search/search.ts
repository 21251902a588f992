import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { ParsedInputOf } from '../../api/contract';
import { searchKinds, type SearchGroup, type SearchHit, type SearchKind, type SearchResult } from '../../api/contract/workspace';
import type { AppContext } from '../context';
import { matchExpressions, searchQuery } from './match';
import { rankByTitle } from './rank';
import { describeHits, type RawHit } from './describe';

/**
 * At most this many matches are ranked: a short prefix (`de`, `ma`) matches a few hundred thousand
 * rows at 100k organisations. The newest matches (highest rowids, which FTS5 walks backwards
 * without sorting) are ranked instead: the list stays instant and the coordinator narrows it by
 * typing on.
 */
export const RANKED_MATCHES = 1000;

type Candidate = { rowid: number; kind: string; id: number; title: string };

/**
 * Ctrl/Cmd+K: the best hits per kind from the FTS5 index. The newest matches are ranked on their
 * titles (rank.ts) and the top `limit` of each kind kept, so a kind with many weak hits cannot
 * push the others out. Rows that no longer belong in results (merged organisations, erased
 * contacts) are dropped while describing them, even if an index entry lingered.
 */
export function searchAll(ctx: AppContext, input: ParsedInputOf<'search.query'>): SearchResult {
  const started = performance.now();
  const query = searchQuery(input.text);
  if (!query) return { groups: [], total: 0, capped: false, tookMs: 0 };
  const expressions = matchExpressions(query);
  // Two walks over the index, newest first: the matches with a word in the title, then all.
  const newest = (expression: string) =>
    ctx.db().all<Candidate>(sql`
      SELECT rowid, kind, ref_id AS id, title FROM search_index WHERE search_index MATCH ${expression}
      ORDER BY rowid DESC LIMIT ${RANKED_MATCHES}`);
  const strong = expressions.title ? newest(expressions.title) : [];
  const all = newest(expressions.all);
  const seen = new Set(strong.map((row) => row.rowid));
  const candidates = [...strong, ...all.filter((row) => !seen.has(row.rowid))];
  const perKind = new Map<SearchKind, RawHit[]>();
  for (const row of rankByTitle(candidates, query.tokens)) {
    if (!isKind(row.kind)) continue;
    const kept = perKind.get(row.kind) ?? [];
    if (kept.length >= input.limit) continue;
    kept.push({ kind: row.kind, id: row.id, title: row.title });
    perKind.set(row.kind, kept);
  }
  const hits = describeHits(ctx, [...perKind.values()].flat());
  const groups: SearchGroup[] = searchKinds
    .map((kind) => ({ kind, hits: hits.filter((hit: SearchHit) => hit.kind === kind) }))
    .filter((group) => group.hits.length > 0);
  const total = candidates.length;
  const capped = all.length >= RANKED_MATCHES || strong.length >= RANKED_MATCHES;
  return { groups, total, capped, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}

function isKind(kind: string): kind is SearchKind {
  return (searchKinds as readonly string[]).includes(kind);
}
