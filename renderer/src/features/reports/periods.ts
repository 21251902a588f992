/** Period presets for the Rapporten page, computed from today's date in Brussels. */
export type PeriodPreset = 'thisQuarter' | 'lastQuarter' | 'thisYear' | 'lastYear' | 'custom';
export const periodPresets: PeriodPreset[] = ['thisQuarter', 'lastQuarter', 'thisYear', 'lastYear', 'custom'];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function brusselsToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

function quarter(year: number, q: number): { from: string; to: string } {
  const first = (q - 1) * 3 + 1;
  const last = first + 2;
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  switch (preset) {
    case 'thisQuarter':
      return quarter(year, q);
    case 'lastQuarter':
      return q === 1 ? quarter(year - 1, 4) : quarter(year, q - 1);
    case 'thisYear':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}

/** dd/mm/yyyy for a calendar date. */
export function dutchDay(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}
