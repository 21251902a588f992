import { normalizeEnterpriseNumber } from '../../api/contract/rules/enterprise-number';
import { toE164 } from '../../api/contract/rules/phone';

const MAX_TOKENS = 8;
const MAX_TOKEN_LENGTH = 64;
/** The index keeps prefixes of 2, 3 and 4 characters; a one-letter prefix would scan everything. */
const MIN_TOKEN_LENGTH = 2;

/** Something the coordinator typed that can only be an enterprise number: BE, digits and separators. */
const PHONE_LIKE = /^\+?[\d\s.\-/()]{8,}$/;
const NUMBER_LIKE = /^(be)?[\s.\-/]*\d[\d\s.\-/]*$/i;

/**
 * The 10-digit enterprise number in `text` when the whole input is one (any of the usual
 * spellings: `BE 0403.019.261`, `0403 019 261`, `403019261`), else null.
 */
export function enterpriseNumberIn(text: string): string | null {
  const trimmed = text.trim();
  if (!NUMBER_LIKE.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length !== 9 && digits.length !== 10) return null;
  const result = normalizeEnterpriseNumber(trimmed);
  return result.ok ? result.value : null;
}

/**
 * Builds an FTS5 MATCH expression from free text that can never be an FTS syntax error: the text
 * is cut into letter/digit runs (quotes, brackets, `*`, `:`, `^`, `-` and the like are dropped),
 * every run is quoted (so AND, OR, NEAR are plain words) and gets a prefix `*`, and the runs are
 * ANDed. Returns null when nothing searchable is left. An input that is an enterprise number in
 * any spelling searches the one normalised 10-digit token the index holds.
 */
export function buildMatchExpression(text: string): string | null {
  const query = searchQuery(text);
  return query ? matchExpressions(query).all : null;
}

export type SearchQuery = { tokens: string[]; exact: boolean };

/**
 * The MATCH expressions of one query: `all` (every word anywhere) and `title`, the same search
 * limited to rows whose title holds all the words (an organisation's name, a person's name, a
 * need's title): the strong hits, fetched on their own so the many weak ones (every contact of a
 * "Kringwinkel" has "kring" in its body) cannot crowd them out of the newest matches. No `title`
 * for an exact number or phone, which only the body holds.
 */
export function matchExpressions(query: SearchQuery): { all: string; title: string | null } {
  if (query.exact) return { all: `"${query.tokens[0]}"`, title: null };
  const words = query.tokens.map((token) => `"${token}"*`).join(' AND ');
  return { all: words, title: `{title} : (${words})` };
}

/**
 * The words searched for: one exact token for an enterprise number or a phone, else the typed
 * letter/digit runs (lower case, each a prefix). Shared by the MATCH expression and the ranking.
 */
export function searchQuery(text: string): SearchQuery | null {
  const number = enterpriseNumberIn(text);
  if (number) return { tokens: [number], exact: true };
  // Phones are indexed in E.164 (`+32470123456` gives the token `32470123456`).
  const phone = PHONE_LIKE.test(text.trim()) ? toE164(text) : null;
  if (phone) return { tokens: [phone.slice(1)], exact: true };
  const tokens = text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length >= MIN_TOKEN_LENGTH)
    .slice(0, MAX_TOKENS)
    .map((token) => token.slice(0, MAX_TOKEN_LENGTH).toLowerCase());
  return tokens.length === 0 ? null : { tokens, exact: false };
}
