import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { ParsedInputOf } from '../../api/contract';
import { searchKinds, type SearchGroup, type SearchHit, type SearchKind, type SearchResult } from '../../api/contract/workspace';
import type { AppContext } from '../context';
import { buildMatchExpression } from './match';
import { describeHits, type RawHit } from './describe';

/** bm25 weights per column of search_index (kind, ref_id, title, body): a title hit counts ten times. */
const RANKING = sql.raw('bm25(search_index, 0.0, 0.0, 10.0, 1.0)');

/**
 * At most this many matches are ranked. bm25 costs microseconds per match, and a short prefix
 * (`de`, `ma`) matches a few hundred thousand rows at 100k organisations; ranking them all takes
 * seconds. The newest matches (highest rowids) are ranked instead: the list stays instant and the
 * coordinator narrows it by typing on.
 */
export const RANKED_MATCHES = 1000;

/**
 * Ctrl/Cmd+K: the best hits per kind from the FTS5 index. One pass over the index ranks every hit
 * and keeps the top `limit` of each kind (a window per kind), so a kind with many weak hits cannot
 * push the others out. Rows that no longer belong in results (merged organisations, erased
 * contacts) are dropped while describing them, even if an index entry lingered.
 */
export function searchAll(ctx: AppContext, input: ParsedInputOf<'search.query'>): SearchResult {
  const started = performance.now();
  const match = buildMatchExpression(input.text);
  if (!match) return { groups: [], total: 0, capped: false, tookMs: 0 };
  const rows = ctx.db().all<{ kind: string; id: number; title: string; total: number }>(sql`
    SELECT kind, id, title, total FROM (
      SELECT kind, id, title, score,
        row_number() OVER (PARTITION BY kind ORDER BY score, id) AS position,
        count(*) OVER () AS total
      FROM (
        SELECT kind, ref_id AS id, title, ${RANKING} AS score
        FROM search_index WHERE search_index MATCH ${match}
        ORDER BY rowid DESC LIMIT ${RANKED_MATCHES}
      )
    )
    WHERE position <= ${input.limit}
    ORDER BY kind, position`);
  const raw: RawHit[] = rows.filter((row) => isKind(row.kind)).map((row) => ({ ...row, kind: row.kind as SearchKind }));
  const hits = describeHits(ctx, raw);
  const groups: SearchGroup[] = searchKinds
    .map((kind) => ({ kind, hits: hits.filter((hit: SearchHit) => hit.kind === kind) }))
    .filter((group) => group.hits.length > 0);
  const total = rows[0]?.total ?? 0;
  return { groups, total, capped: total >= RANKED_MATCHES, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}

function isKind(kind: string): kind is SearchKind {
  return (searchKinds as readonly string[]).includes(kind);
}
