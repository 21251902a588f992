/**
 * Belgian enterprise number (KBO / ondernemingsnummer): 10 digits, first 0 or 1, and the last two
 * digits equal 97 - (first eight mod 97). Excel often drops the leading zero, so 9 digits get a 0.
 */
export type EnterpriseNumberResult = { ok: true; value: string } | { ok: false; reason: 'format' | 'checksum' };

export function normalizeEnterpriseNumber(input: string): EnterpriseNumberResult {
  const stripped = input
    .trim()
    .replace(/^BE\s*/i, '')
    .replace(/[\s.\-/]/g, '');
  if (!/^\d+$/.test(stripped)) return { ok: false, reason: 'format' };
  const digits = stripped.length === 9 ? `0${stripped}` : stripped;
  if (digits.length !== 10 || (digits[0] !== '0' && digits[0] !== '1')) return { ok: false, reason: 'format' };
  const base = Number(digits.slice(0, 8));
  const check = Number(digits.slice(8));
  if (97 - (base % 97) !== check) return { ok: false, reason: 'checksum' };
  return { ok: true, value: digits };
}

/** `0403019261` -> `0403.019.261`, the way the KBO writes it. */
export function formatEnterpriseNumber(digits: string): string {
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` : digits;
}

export const enterpriseNumberMessages = {
  format: 'Een ondernemingsnummer heeft 10 cijfers en begint met 0 of 1 (bv. 0403.019.261).',
  checksum: 'Dit ondernemingsnummer bestaat niet: de controlecijfers kloppen niet.',
} as const;
