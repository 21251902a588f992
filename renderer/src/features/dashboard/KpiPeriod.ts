/** A report period: calendar dates (YYYY-MM-DD), both ends included, as `reports.kpis` takes it. */
export type KpiPeriod = { from: string; to: string };
export type KpiPeriodKind = 'quarter' | 'year';

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The whole quarter or year that `today` (a Brussels calendar date) falls in. */
export function currentPeriod(kind: KpiPeriodKind, today: string): KpiPeriod {
  const year = Number(today.slice(0, 4));
  if (kind === 'year') return { from: `${year}-01-01`, to: `${year}-12-31` };
  const firstMonth = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1;
  const lastMonth = firstMonth + 2;
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay(year, lastMonth))}` };
}

/** The calendar months of a period (quarter or year), each as its own period. */
export function monthsOf(period: KpiPeriod): KpiPeriod[] {
  const year = Number(period.from.slice(0, 4));
  const first = Number(period.from.slice(5, 7));
  const last = Number(period.to.slice(5, 7));
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const month = first + i;
    return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(lastDay(year, month))}` };
  });
}

/** `dd/mm/yyyy`, the way the app shows calendar dates. */
export function shownDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
