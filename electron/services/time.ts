const brussels = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Brussels (YYYY-MM-DD) of an instant: what "today" means to the coordinator. */
export function brusselsDate(instant: Date): string {
  return brussels.format(instant);
}
