/**
 * A full-name cell -> first and last name. `Van den Broeck, Pieter` (comma form) and
 * `VAN DEN BROECK Pieter` (family name in capitals, as Belgian lists write it) are recognised;
 * otherwise the first word is the first name (`Pieter Van den Broeck`).
 */
export function splitFullName(full: string): { firstName: string; lastName: string } {
  const text = full.replace(/\s+/g, ' ').trim();
  if (!text) return { firstName: '', lastName: '' };
  const comma = text.indexOf(',');
  if (comma > 0) return { lastName: text.slice(0, comma).trim(), firstName: text.slice(comma + 1).trim() };
  const words = text.split(' ');
  if (words.length === 1) return { firstName: '', lastName: text };
  const isCaps = (w: string) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
  const caps = words.filter(isCaps);
  if (caps.length > 0 && caps.length < words.length) {
    return { lastName: caps.join(' '), firstName: words.filter((w) => !isCaps(w)).join(' ') };
  }
  return { firstName: words[0] ?? '', lastName: words.slice(1).join(' ') };
}
