import { headerAliases, targets, type Target } from './targets';
import { compactKey, normalizeKey } from './text';

export type HeaderCandidate = { target: Target; score: number; reason: 'alias' | 'contains' };

/**
 * Words too common to mean anything when they are only part of a longer header: `Naam van de
 * school` is not a contact name, `Wat vraagt u aan de hogeschool?` is not a college column.
 */
const EXACT_ONLY = new Set([
  'id',
  'nr',
  'cp',
  'web',
  'site',
  'url',
  'type',
  'date',
  'datum',
  'naam',
  'name',
  'nom',
  'contact',
  'rol',
  'role',
  'titel',
  'title',
  'hogeschool',
  'college',
  'need',
  'job',
  'mail',
  'soort',
  'plaats',
]);

type Alias = { target: Target; tokens: string[]; compact: string };
const ALIASES: Alias[] = targets.flatMap((target) =>
  headerAliases[target].map((alias) => ({ target, tokens: normalizeKey(alias).split(' '), compact: compactKey(alias) })),
);

/**
 * Every target a header could mean, best first: an exact alias scores 1; a header that contains
 * an alias as whole words scores 0.55-0.9, more as the alias covers more of the header.
 */
export function headerCandidates(header: string): HeaderCandidate[] {
  const key = normalizeKey(header);
  if (!key) return [];
  const tokens = key.split(' ');
  const compact = key.replace(/ /g, '');
  const best = new Map<Target, HeaderCandidate>();
  for (const alias of ALIASES) {
    let candidate: HeaderCandidate | null = null;
    if (alias.compact === compact) candidate = { target: alias.target, score: 1, reason: 'alias' };
    else if (containsWords(tokens, alias.tokens) && !(alias.tokens.length === 1 && EXACT_ONLY.has(alias.tokens[0] ?? ''))) {
      candidate = { target: alias.target, score: 0.55 + 0.35 * (alias.tokens.length / tokens.length), reason: 'contains' };
    }
    const previous = best.get(alias.target);
    if (candidate && (!previous || candidate.score > previous.score)) best.set(alias.target, candidate);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

function containsWords(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((word, j) => haystack[i + j] === word)) return true;
  }
  return false;
}
