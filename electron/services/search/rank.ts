/**
 * Ranking of the matches of one search, in JavaScript on their titles. FTS5's bm25() first counts
 * in how many rows each searched word occurs (its rarity), which means reading the whole list of
 * a common prefix: `be` in an e-mail address made a search with one match cost ~25 ms of its
 * ~28 ms at 100k organisations. What the coordinator needs from the order is simpler and is
 * decided by the title alone: hits whose title holds the words first (a whole word before a word
 * that only starts with it), then shorter titles (the closer match), then the newest.
 */
export type Candidate = { rowid: number; title: string };

/** Words as the index's tokenizer sees them (unicode61, remove_diacritics 2): folded, lower case. */
export function foldedWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** A title word equal to a searched word counts 12, one that starts with it 10; body-only 1 (as bm25's 10:1). */
function scoreOf(words: string[], tokens: string[]): number {
  let score = 0;
  for (const token of tokens) {
    let best = 1;
    for (const word of words) {
      if (word === token) {
        best = 12;
        break;
      }
      if (best < 10 && word.startsWith(token)) best = 10;
    }
    score += best;
  }
  return score;
}

const ASCII = /^[ -~]*$/;

/** The candidates in ranking order (a new array); `tokens` as searchQuery gives them. */
export function rankByTitle<T extends Candidate>(candidates: T[], tokens: string[]): T[] {
  const folded = tokens.map((t) => foldedWords(t).join(''));
  const keyed = candidates.map((c) => {
    // Most titles hold none of the words (body hits): decided without splitting them into words.
    const lower = ASCII.test(c.title) ? c.title.toLowerCase() : foldedWords(c.title).join(' ');
    if (!folded.some((token) => lower.includes(token))) return { c, score: tokens.length, length: 0 };
    const words = foldedWords(lower);
    return { c, score: scoreOf(words, folded), length: words.length };
  });
  keyed.sort((a, b) => b.score - a.score || a.length - b.length || b.c.rowid - a.c.rowid);
  return keyed.map((k) => k.c);
}
