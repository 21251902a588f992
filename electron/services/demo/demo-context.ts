import type { Random } from './random';
import type { DemoStatements } from './statements';

const DAY_MS = 86_400_000;

export type DemoCounts = {
  organisations: number;
  contacts: number;
  needs: number;
  timelineEntries: number;
  intakes: number;
  trajects: number;
  collectiveTrajects: number;
  tasks: number;
  overdueTasks: number;
  experts: number;
  referrals: number;
  events: number;
  meetings: number;
};

export type Lookup = {
  themes: { id: number; code: string; nameNl: string }[];
  colleges: { id: number; website: string; shortName: string }[];
  groups: { id: number; collegeId: number }[];
  federations: Map<string, number>;
  provinces: Set<string>;
  usedEnterpriseNumbers: Set<string>;
};

/** What every part of the generator shares: the PRNG, the statements, the clock and the tallies. */
export type DemoContext = {
  rng: Random;
  st: DemoStatements;
  actor: string;
  /** Brussels calendar date everything is placed around (YYYY-MM-DD). */
  today: string;
  lookup: Lookup;
  counts: DemoCounts;
  /** The calendar date `offset` days from today (negative = past). */
  day: (offset: number) => string;
  /** An instant on that day during office hours (UTC, ISO). */
  instant: (offset: number) => string;
};

export function emptyCounts(): DemoCounts {
  return {
    organisations: 0,
    contacts: 0,
    needs: 0,
    timelineEntries: 0,
    intakes: 0,
    trajects: 0,
    collectiveTrajects: 0,
    tasks: 0,
    overdueTasks: 0,
    experts: 0,
    referrals: 0,
    events: 0,
    meetings: 0,
  };
}

export function calendar(today: string, rng: Random): Pick<DemoContext, 'day' | 'instant'> {
  const base = Date.parse(`${today}T00:00:00Z`);
  const day = (offset: number) => new Date(base + offset * DAY_MS).toISOString().slice(0, 10);
  const instant = (offset: number) => {
    // 07:00–16:59 UTC is office hours in Brussels in both summer and winter time.
    const ms = base + offset * DAY_MS + rng.int(7, 16) * 3_600_000 + rng.int(0, 59) * 60_000;
    return new Date(ms).toISOString();
  };
  return { day, instant };
}

/** `De Kringwinkel Brugge` -> `dekringwinkelbrugge`, for invented e-mail domains and addresses. */
export function compact(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
