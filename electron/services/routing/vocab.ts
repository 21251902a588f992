import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { isPrefix, shortForms, type Expansions, type QueryTerm } from './normalize';

/** At most this many index words per stem (the most frequent ones: the real inflections). */
const MAX_EXPANSIONS = 8;
/**
 * Terms in more than this share of the documents are corpus stop words: FTS5's bm25 gives a word
 * in over half of the documents an idf of ~0 anyway, while such words make every row match.
 */
const MAX_DOC_SHARE = 0.3;
/** Like "more like this" in search engines: the most selective terms of a long question carry it. */
export const MAX_SELECTED_TERMS = 12;

type Word = { term: string; doc: number };
type Cache = { key: string; docs: number; words: Map<string, Word[]> };
const caches = new WeakMap<Db, Cache>();

/**
 * The vocabulary lookups are cached per connection until the next write (this connection's
 * total_changes() or another's data_version moves), because counting a common word's documents
 * reads its whole posting list.
 */
function cacheFor(db: Db): Cache {
  const key =
    db.all<{ k: string }>(sql`SELECT total_changes() || ':' || (SELECT data_version FROM pragma_data_version) AS k`)[0]?.k ?? '';
  const cached = caches.get(db);
  if (cached && cached.key === key) return cached;
  const docs = db.all<{ n: number }>(sql`SELECT count(*) AS n FROM routing_index`)[0]?.n ?? 0;
  const fresh: Cache = { key, docs, words: new Map() };
  caches.set(db, fresh);
  return fresh;
}

function wordsOf(db: Db, cache: Cache, t: QueryTerm): Word[] {
  const hit = cache.words.get(t.stem);
  if (hit) return hit;
  const rows = isPrefix(t)
    ? db.all<Word>(
        sql`SELECT term, doc FROM routing_vocab WHERE term >= ${t.stem} AND term < ${`${t.stem}{`} ORDER BY doc DESC LIMIT ${MAX_EXPANSIONS}`,
      )
    : db.all<Word>(
        sql`SELECT term, doc FROM routing_vocab WHERE term IN (${sql.join(
          shortForms(t).map((f) => sql`${f}`),
          sql`, `,
        )})`,
      );
  cache.words.set(t.stem, rows);
  return rows;
}

export type SelectedTerms = { terms: QueryTerm[]; expansions: Expansions };

/**
 * The question's terms that occur in the index and are not corpus stop words, at most the
 * MAX_SELECTED_TERMS rarest, in the order written; each with the index words it stands for.
 */
export function selectTerms(db: Db, terms: QueryTerm[]): SelectedTerms {
  if (terms.length === 0) return { terms: [], expansions: new Map() };
  const cache = cacheFor(db);
  // A small network has few documents: a word in 20 of them is not yet a stop word.
  const limit = Math.max(20, cache.docs * MAX_DOC_SHARE);
  const scored = terms
    .map((t, i) => {
      const words = wordsOf(db, cache, t).filter((w) => w.doc <= limit);
      return { t, i, words, doc: words.reduce((s, w) => s + w.doc, 0) };
    })
    .filter((x) => x.words.length > 0)
    .sort((a, b) => a.doc - b.doc || a.i - b.i)
    .slice(0, MAX_SELECTED_TERMS)
    .sort((a, b) => a.i - b.i);
  return { terms: scored.map((x) => x.t), expansions: new Map(scored.map((x) => [x.t.stem, x.words.map((w) => w.term)])) };
}
