/** Text helpers shared by header detection, mapping and validation. */

export function stripDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * A comparable form of a header or a cell: lower case, no diacritics, apostrophes dropped (so
 * `Thema's` and `Themas`, `l'organisation` and `lorganisation` meet), other punctuation as one space.
 */
export function normalizeKey(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The same without spaces: `e mail adres` and `emailadres` become one key. */
export function compactKey(text: string): string {
  return normalizeKey(text).replace(/ /g, '');
}

/** A1-style column letters for column index 0, 1, ... (A, B, ..., Z, AA, ...). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
