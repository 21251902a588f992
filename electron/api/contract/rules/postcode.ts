/** Belgian postcode ranges per province (DOMAIN.md); Brussels counts with Flanders for the programme. */
export const provinceRanges: { code: string; name: string; inFlanders: boolean; ranges: [number, number][] }[] = [
  { code: 'brussel', name: 'Brussel', inFlanders: true, ranges: [[1000, 1299]] },
  {
    code: 'vlaams-brabant',
    name: 'Vlaams-Brabant',
    inFlanders: true,
    ranges: [
      [1500, 1999],
      [3000, 3499],
    ],
  },
  { code: 'antwerpen', name: 'Antwerpen', inFlanders: true, ranges: [[2000, 2999]] },
  { code: 'limburg', name: 'Limburg', inFlanders: true, ranges: [[3500, 3999]] },
  { code: 'west-vlaanderen', name: 'West-Vlaanderen', inFlanders: true, ranges: [[8000, 8999]] },
  { code: 'oost-vlaanderen', name: 'Oost-Vlaanderen', inFlanders: true, ranges: [[9000, 9999]] },
  {
    code: 'wallonie',
    name: 'Wallonië',
    inFlanders: false,
    ranges: [
      [1300, 1499],
      [4000, 7999],
    ],
  },
];

export function isBelgianPostcode(postcode: string): boolean {
  return /^[1-9]\d{3}$/.test(postcode.trim());
}

/** The province code a postcode falls in, or null for what is not a Belgian postcode. */
export function provinceForPostcode(postcode: string): string | null {
  const trimmed = postcode.trim();
  if (!isBelgianPostcode(trimmed)) return null;
  const n = Number(trimmed);
  return provinceRanges.find((p) => p.ranges.some(([lo, hi]) => n >= lo && n <= hi))?.code ?? null;
}

export const postcodeMessage = 'Een Belgische postcode heeft 4 cijfers (1000–9999).';
