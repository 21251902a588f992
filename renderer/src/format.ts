const brusselsDateTime = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(iso: string): Record<string, string> | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const out: Record<string, string> = {};
  for (const part of brusselsDateTime.formatToParts(date)) out[part.type] = part.value;
  return out;
}

/** `dd/mm/yyyy` in Europe/Brussels, whatever the interface language. */
export function formatDate(iso: string): string {
  const p = parts(iso);
  return p ? `${p.day}/${p.month}/${p.year}` : iso;
}

/** `dd/mm/yyyy HH:mm` in Europe/Brussels. */
export function formatDateTime(iso: string): string {
  const p = parts(iso);
  return p ? `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}` : iso;
}

const units = ['B', 'kB', 'MB', 'GB'] as const;

/** Human-readable size with the decimal separator of the interface language (1,4 MB / 1.4 MB). */
export function formatSize(bytes: number, language: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const locale = language.startsWith('en') ? 'en-GB' : 'nl-BE';
  const number = new Intl.NumberFormat(locale, {
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : 1,
  }).format(value);
  return `${number} ${units[unit] ?? 'B'}`;
}
