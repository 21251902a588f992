/** Legal forms as they appear before or after a name, in Dutch, French and English spellings. */
const LEGAL_FORMS = [
  'vzw',
  'v.z.w.',
  'ivzw',
  'i.v.z.w.',
  'bv',
  'b.v.',
  'bvba',
  'b.v.b.a.',
  'cv',
  'c.v.',
  'cvba',
  'c.v.b.a.',
  'nv',
  'n.v.',
  'vof',
  'comm.v',
  'commv',
  'son',
  'cvso',
  'vso',
  'ov',
  'asbl',
  'a.s.b.l.',
  'sprl',
  'srl',
  'sa',
  's.a.',
  'sc',
  'scrl',
  'ltd',
  'bvba-so',
  'esv',
  'stichting',
  'fondation',
];

function stripDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * The comparable core of an organisation name: no legal form, case, diacritics, punctuation or
 * extra spaces. `vzw De Kringwinkel` and `DE KRINGWINKEL VZW` both give `de kringwinkel`.
 */
export function normalizeOrganisationName(name: string): string {
  let text = stripDiacritics(name)
    .toLowerCase()
    .replace(/[’'`"]/g, '')
    .trim();
  const forms = LEGAL_FORMS.map((f) => f.replace(/\./g, '\\.?')).join('|');
  const pattern = new RegExp(`(^|[\\s,(])(${forms})(?=$|[\\s,)])`, 'g');
  text = text.replace(pattern, ' ');
  return text.replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The part after @, lower-case; free mail providers say nothing about an organisation. */
export function emailDomain(email: string): string | null {
  const match = /@([^@\s]+)$/.exec(email.trim().toLowerCase());
  if (!match?.[1]) return null;
  return FREE_MAIL.has(match[1]) ? null : match[1];
}

/** `https://www.dekringwinkel.be/over` -> `dekringwinkel.be`. */
export function websiteDomain(website: string): string | null {
  const trimmed = website.trim().toLowerCase();
  if (!trimmed) return null;
  const host = trimmed.replace(/^[a-z]+:\/\//, '').split(/[/?#]/)[0] ?? '';
  const domain = host.replace(/^www\./, '');
  return /^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain) ? domain : null;
}

const FREE_MAIL = new Set([
  'gmail.com',
  'hotmail.com',
  'hotmail.be',
  'outlook.com',
  'outlook.be',
  'live.be',
  'live.com',
  'yahoo.com',
  'yahoo.fr',
  'telenet.be',
  'skynet.be',
  'proximus.be',
  'icloud.com',
  'me.com',
  'msn.com',
  'scarlet.be',
  'gmx.com',
  'protonmail.com',
]);
