/** `2026-11-26` -> `26/11/2026`: calendar dates are shown as they were stored, no time zone. */
export function formatCalendarDate(date: string | null | undefined): string {
  if (!date) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}

/** Euro cents as a Belgian amount: `€ 12.500,50`. */
export function formatEuro(cents: number | null, language: string): string {
  if (cents === null) return '—';
  return new Intl.NumberFormat(language.startsWith('en') ? 'en-GB' : 'nl-BE', { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}

/** Cents back into the text a Belgian coordinator would type, for edit forms. */
export function centsToInput(cents: number | null): string {
  if (cents === null) return '';
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

/** Today's calendar date in Brussels, for date inputs' defaults. */
export function todayInBrussels(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}
