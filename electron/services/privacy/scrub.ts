export const ERASED = '[gewist]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What identifies the person in free text. Full names, e-mail and phone are removed everywhere;
 * first and last names on their own only in records linked to the person (a bare "Jan" elsewhere
 * is somebody else far too often).
 */
export type ScrubTerms = { everywhere: string[]; linked: string[] };

export function scrubTerms(
  person: { firstName: string; lastName: string; email: string | null; phone: string | null },
  nationalPhone: string | null,
): ScrubTerms {
  const first = person.firstName.trim();
  const last = person.lastName.trim();
  const everywhere = [
    first && last ? `${first} ${last}` : '',
    first && last ? `${last} ${first}` : '',
    person.email ?? '',
    person.phone ?? '',
    nationalPhone ?? '',
  ].filter((t) => t.length >= 3);
  const linked = [first, last].filter((t) => t.length >= 2);
  return { everywhere: [...new Set(everywhere)], linked: [...new Set(linked)] };
}

/** Replaces each term (whole words, any case) by [gewist]; longest terms first. */
export function scrubText(text: string, terms: string[]): string {
  let out = text;
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'giu'), ERASED);
  }
  return out;
}

/** Scrubs every string inside a JSON value (audit changes), keeping its shape. */
export function scrubJson(value: unknown, terms: string[]): unknown {
  if (typeof value === 'string') return scrubText(value, terms);
  if (Array.isArray(value)) return value.map((v) => scrubJson(v, terms));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubJson(v, terms)]));
  }
  return value;
}

/** Every leaf value blanked: for audit rows about the person themselves. */
export function blankJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(blankJson);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blankJson(v)]));
  return value === null ? null : ERASED;
}
