/**
 * Dutch-aware text normalisation for routing, kept small enough to explain to the coordinator:
 * lowercase, diacritics off (as the FTS5 tokenizer's remove_diacritics), a short stop-word list,
 * and a light suffix stripper. The stem is used as an FTS5 prefix query (`stem*`), so
 * "vrijwilligers" → `vrijwilliger*` also finds "vrijwilligerswerk", and "beveiliging" →
 * `beveilig*` finds "beveiligen". It is deliberately not a full Snowball stemmer.
 */

const stopWords = new Set(
  (
    'de het een en van in op te ten ter voor met aan bij door om tot uit over als dat die dit deze wat wie hoe waar ' +
    'wij we ons onze zij ze hun hen ik je jij jullie u uw er is zijn was waren wordt worden werd kan kunnen moet ' +
    'moeten wil willen zou zouden heeft hebben had hadden niet geen ook nog wel maar of dan dus zo zeer veel meer ' +
    'meest alle alles elk elke ander andere naar onder tussen na zonder via per hier daar toe nu al reeds eens ' +
    'vooral zoals welke welk men mijn zich zelf iets niets kunnen graag vraag vragen hulp nodig nood manier ' +
    'zoeken zoekt zoek organisatie organisaties onderneming ondernemingen binnen tegen sinds steeds beter goed ' +
    'nieuwe nieuw eerste twee drie jaar maanden weken mag mogen gaan gaat doen doet maken krijgen komen staan ' +
    'zien laten gebruiken rond betere goede the and for with'
  ).split(' '),
);

const vowels = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const isVowel = (c: string | undefined) => c !== undefined && vowels.has(c);

/** Lowercase without diacritics: "Cliënten" → "clienten". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Words as the FTS5 unicode61 tokenizer sees them (letters and digits), folded. */
export function words(text: string): string[] {
  return fold(text).match(/[a-z0-9]+/g) ?? [];
}

const MIN_STEM = 3;

function strip(word: string, suffix: string, replacement = ''): string | null {
  if (!word.endsWith(suffix)) return null;
  const rest = word.slice(0, word.length - suffix.length) + replacement;
  return rest.length >= MIN_STEM + 1 ? rest : null;
}

/** Light Dutch stemmer: the result is a prefix shared by the usual inflections of the word. */
export function stem(word: string): string {
  let w = fold(word);
  if (w.length <= 4 || /\d/.test(w)) return w;
  // Derivations that hide the root: veiligheid/veiligheden → veilig, beveiliging(en) → beveilig.
  w = strip(w, 'heden') ?? strip(w, 'heid') ?? strip(w, 'ingen') ?? strip(w, 'ing') ?? w;
  // Plural -s after a consonant (medewerkers, apps) or in -ies (organisaties); not "proces".
  const last = w[w.length - 1];
  const beforeLast = w[w.length - 2];
  if (last === 's' && ((!isVowel(beforeLast) && beforeLast !== 's') || w.endsWith('ies'))) w = strip(w, 's') ?? w;
  // -en / -e after a consonant (gegevens → gegeven → gegev; digitale → digital).
  const en = w.endsWith('en') && !isVowel(w[w.length - 3]) ? strip(w, 'en') : null;
  const e = !en && w.endsWith('e') && !isVowel(w[w.length - 2]) ? strip(w, 'e') : null;
  w = en ?? e ?? w;
  // Double consonant at the end (plann → plan, process → proces).
  if (w.length > MIN_STEM + 1 && w[w.length - 1] === w[w.length - 2] && !isVowel(w[w.length - 1])) w = w.slice(0, -1);
  // Open syllables: sociaal/sociale → socia, digitaal/digitale → digita. Cutting (never rewriting)
  // keeps the stem a prefix of every form, which is what the index is searched with.
  const open = e ? /^(.*[^aeou])[aeou]([^aeiouy])$/.exec(w) : /^(.*[^aeiou]?)(aa|ee|oo|uu)([^aeiouy])$/.exec(w);
  if (open) {
    const cut = e ? w.slice(0, -1) : w.slice(0, -2);
    if (cut.length >= MIN_STEM + 2) w = cut;
  }
  return w;
}

export type QueryTerm = {
  /** Stem used as FTS5 prefix query and for matching words. */
  stem: string;
  /** The word folded (lowercase, no diacritics): short stems match it or the stem exactly. */
  folded: string;
  /** The word as the coordinator wrote it (first occurrence), shown as "matched word". */
  word: string;
};

/** At most this many distinct terms go to FTS5: enough for a SMART text, bounded for speed. */
export const MAX_QUERY_TERMS = 30;

/** Distinct, stemmed, non-stop words of a text, in order of first appearance. */
export function queryTerms(text: string): QueryTerm[] {
  const seen = new Map<string, QueryTerm>();
  const originals = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const original of originals) {
    const folded = fold(original);
    if (folded.length < MIN_STEM || stopWords.has(folded) || /^\d+$/.test(folded)) continue;
    const s = stem(folded);
    if (!seen.has(s)) seen.set(s, { stem: s, folded, word: original.toLowerCase() });
    if (seen.size >= MAX_QUERY_TERMS) break;
  }
  return [...seen.values()];
}

/**
 * Stems of this length or more match as a prefix; shorter ones only as whole words, because a
 * short prefix says little ("mag*" would find "magazijn", "werk*" every "werkplek...").
 */
export const MIN_PREFIX = 5;

export const isPrefix = (t: QueryTerm) => t.stem.length >= MIN_PREFIX;

/** A short term matches as written, as its stem, and with a plural ending (app, apps, appen). */
export function shortForms(t: QueryTerm): string[] {
  const forms = new Set([t.stem, t.folded, `${t.stem}en`]);
  if (!t.stem.endsWith('s')) forms.add(`${t.stem}s`);
  return [...forms];
}

/** Words of the index that start with a stem (from routing_vocab), per stem. */
export type Expansions = ReadonlyMap<string, readonly string[]>;

/**
 * FTS5 MATCH expression: any of the terms, each as the exact words it stands for (long stems:
 * the index words it prefixes; short ones: written form, stem and plural). Words are [a-z0-9]
 * only: safe to quote. Empty when no term occurs in the index.
 */
export function ftsQuery(terms: QueryTerm[], expansions: Expansions): string {
  const words = new Set<string>();
  for (const t of terms) for (const w of expansions.get(t.stem) ?? (isPrefix(t) ? [] : shortForms(t))) words.add(w);
  return [...words].map((w) => `"${w}"`).join(' OR ');
}

/** Stems that need expanding through the vocabulary. */
export function prefixStems(terms: QueryTerm[]): string[] {
  return terms.filter(isPrefix).map((t) => t.stem);
}

/**
 * The terms found in the text, by the same rule as the FTS5 query: through the expansions when
 * given (a set lookup per word), else by prefix.
 */
export function matchingTerms(terms: QueryTerm[], text: string, expansions?: Expansions): QueryTerm[] {
  if (!text) return [];
  const tokens = new Set(words(text));
  return terms.filter((t) => {
    const known = expansions?.get(t.stem);
    if (known) return known.some((w) => tokens.has(w));
    if (!isPrefix(t)) return shortForms(t).some((f) => tokens.has(f));
    for (const token of tokens) if (token.startsWith(t.stem)) return true;
    return false;
  });
}
