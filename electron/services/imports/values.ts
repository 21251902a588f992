import type { CollegeRef, FederationRef, ThemeRef } from './reference';
import { normalizeKey } from './text';

/** Splits a multi-valued cell (`Privacy & GDPR; Logistiek 4.0`) on ; , / | and newlines. */
export function splitMulti(cell: string): string[] {
  return cell
    .split(/[;,/|\n\r]+/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/**
 * A reference list (colleges, federations) with its names normalised once, and the answers given
 * so far by cell text: a 10,000-row file repeats a few spellings, and normalising every name of
 * the list for every cell was most of validation's work and garbage.
 */
type ReferenceIndex<R> = { keys: ([string, string] & { ref: R })[]; answers: Map<string, R | null> };
const collegeIndexes = new WeakMap<CollegeRef[], ReferenceIndex<CollegeRef>>();
const federationIndexes = new WeakMap<FederationRef[], ReferenceIndex<FederationRef>>();
/** Answers kept per list or rule: bounded, as every cell of an organisation column is different. */
const MEMO_LIMIT = 20_000;

function referenceIndex<R extends object>(
  indexes: WeakMap<R[], ReferenceIndex<R>>,
  list: R[],
  keysOf: (ref: R) => [string, string],
): ReferenceIndex<R> {
  let index = indexes.get(list);
  if (!index) {
    index = { keys: list.map((ref) => Object.assign(keysOf(ref), { ref })), answers: new Map() };
    indexes.set(list, index);
  }
  return index;
}

export function remember<K, V>(answers: Map<K, V>, key: K, value: V): V {
  if (answers.size >= MEMO_LIMIT) answers.clear();
  answers.set(key, value);
  return value;
}

const FILLER = new Set(['en', 'and', 'et', 'of', 'de', 'het', 'la', 'le', 'the']);
const words = (text: string) =>
  normalizeKey(text)
    .split(' ')
    .filter((w) => w && !FILLER.has(w));

type ThemeIndex = { exact: Map<string, string>; words: { code: string; words: Set<string> }[]; memo: Map<string, string | null> };
// Built once per reference list: a 10,000-row file repeats the same few theme spellings.
const themeIndexes = new WeakMap<ThemeRef[], ThemeIndex>();

function themeIndex(themes: ThemeRef[]): ThemeIndex {
  let index = themeIndexes.get(themes);
  if (!index) {
    const exact = new Map<string, string>();
    for (const t of themes)
      for (const name of [t.code, t.nameNl, t.nameEn]) if (!exact.has(normalizeKey(name))) exact.set(normalizeKey(name), t.code);
    const byWords = themes.map((t) => ({
      code: t.code,
      words: new Set([...words(t.nameNl), ...words(t.nameEn), normalizeKey(t.code)]),
    }));
    index = { exact, words: byWords, memo: new Map() };
    themeIndexes.set(themes, index);
  }
  return index;
}

/**
 * A theme as a registration form writes it -> the taxonomy code. Exact code or Dutch/English name
 * first; else the theme whose name contains every word of the value (`Privacy & GDPR` ->
 * `Privacy & gegevensbescherming (GDPR)`), when exactly one does.
 */
export function matchTheme(value: string, themes: ThemeRef[]): string | null {
  const index = themeIndex(themes);
  const key = normalizeKey(value);
  const known = index.memo.get(key);
  if (known !== undefined) return known;
  let code = index.exact.get(key) ?? null;
  if (!code && key) {
    const wanted = words(value);
    const hits = wanted.length === 0 ? [] : index.words.filter((t) => wanted.every((w) => t.words.has(w)));
    code = hits.length === 1 ? (hits[0]?.code ?? null) : null;
  }
  index.memo.set(key, code);
  return code;
}

export function matchFederation(value: string, federations: FederationRef[]): FederationRef | null {
  const index = referenceIndex(federationIndexes, federations, (f) => [
    normalizeKey(f.name),
    f.shortName ? normalizeKey(f.shortName) : '',
  ]);
  const known = index.answers.get(value);
  if (known !== undefined) return known;
  const key = normalizeKey(value);
  const found = key ? (index.keys.find(([name, short]) => name === key || (short !== '' && short === key))?.ref ?? null) : null;
  return remember(index.answers, value, found);
}

/** A college by short name (`UCLL`), full name, or a name that contains the short name (`Hogeschool PXL`). */
export function matchCollege(value: string, colleges: CollegeRef[]): CollegeRef | null {
  const index = referenceIndex(collegeIndexes, colleges, (c) => [normalizeKey(c.shortName), normalizeKey(c.name)]);
  const known = index.answers.get(value);
  if (known !== undefined) return known;
  const key = normalizeKey(value);
  if (!key) return remember(index.answers, value, null);
  const exact = index.keys.find(([short, name]) => short === key || name === key);
  if (exact) return remember(index.answers, value, exact.ref);
  const tokens = ` ${key} `;
  const partial = index.keys.filter(([short]) => tokens.includes(` ${short} `));
  return remember(index.answers, value, partial.length === 1 ? (partial[0]?.ref ?? null) : null);
}

/** A college from an e-mail domain: `ucll.be` (first label = short name) or the website's domain. */
export function collegeForDomain(domain: string | null, colleges: CollegeRef[]): CollegeRef | null {
  if (!domain) return null;
  const label = domain.split('.')[0] ?? '';
  return (
    colleges.find((c) => normalizeKey(c.shortName).replace(/ /g, '') === label.replace(/-/g, '')) ??
    colleges.find(
      (c) =>
        c.website &&
        c.website
          .replace(/^https?:\/\//, '')
          .replace(/^www\./, '')
          .split('/')[0] === domain,
    ) ??
    null
  );
}

const YES = new Set([
  'ja',
  'j',
  'yes',
  'y',
  'oui',
  'x',
  'akkoord',
  'ik ga akkoord',
  'true',
  'waar',
  'vrai',
  '1',
  'ok',
  'agree',
  'i agree',
  'accord',
  'd accord',
  'daccord',
  'toestemming',
  'v',
]);
const NO = new Set([
  'nee',
  'neen',
  'n',
  'no',
  'non',
  'false',
  'onwaar',
  'faux',
  '0',
  'niet akkoord',
  'geen toestemming',
  'disagree',
  'pas d accord',
]);

/** Consent answers in Dutch, English and French; `unknown` for anything else. */
export function parseConsent(cell: string): 'yes' | 'no' | 'empty' | 'unknown' {
  const known = consentAnswers.get(cell);
  if (known) return known;
  const key = normalizeKey(cell.replace(/✓|✔/g, 'x'));
  const answer = !key ? 'empty' : YES.has(key) ? 'yes' : NO.has(key) ? 'no' : 'unknown';
  return remember(consentAnswers, cell, answer);
}
const consentAnswers = new Map<string, 'yes' | 'no' | 'empty' | 'unknown'>();

const EXPERT_WORDS = [
  'expert',
  'academicus',
  'academica',
  'docent',
  'lector',
  'onderzoeker',
  'hogeschool',
  'researcher',
  'lecturer',
  'professor',
  'enseignant',
  'chercheur',
  'kennisdiffusieadviseur',
  'kenniscentrum',
  'expertisecentrum',
];

/** Whether a kind or role cell says the row is an academic (`Expert`, `docent-onderzoeker`, `Lector hogeschool`). */
export function saysExpert(cell: string): boolean {
  const known = expertAnswers.get(cell);
  if (known !== undefined) return known;
  const words = normalizeKey(cell).split(' ');
  return remember(
    expertAnswers,
    cell,
    EXPERT_WORDS.some((w) => words.some((word) => word !== '' && word.startsWith(w))),
  );
}
const expertAnswers = new Map<string, boolean>();
