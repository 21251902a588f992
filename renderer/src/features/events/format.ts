/** A calendar date `YYYY-MM-DD` as dd/mm/yyyy (no time zone: it is a date, not an instant). */
export function formatDay(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

/** "09:00–09:12" for a slot. */
export function slotText(slot: { start: string; end: string } | undefined): string {
  return slot ? `${slot.start}–${slot.end}` : '—';
}
