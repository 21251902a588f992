import type { AppContext } from '../context';
import type { Period } from './period';
import {
  eventColumns,
  intakeColumns,
  meetingColumns,
  needColumns,
  organisationColumns,
  publicColumns,
  referralColumns,
  trajectColumns,
  type ReportColumn,
} from './vlaio-columns';
import { eventRows, intakeRows, meetingRows, needRows, reachedOrganisations, referralRows, trajectRows } from './vlaio-data';
import {
  federationsByOrganisation,
  firstIntakeByNeed,
  organisationsById,
  themesByNeed,
  type VlaioLookups,
} from './vlaio-lookups';

type Db = ReturnType<AppContext['db']>;

/**
 * The VLAIO data sheets, each with its columns, the lookups its rows need and where its rows come
 * from. Shared by the main thread and the report's worker thread, which each build some of them.
 */
export const sheetKeys = ['organisations', 'needs', 'intakes', 'referrals', 'trajects', 'events', 'meetings'] as const;
export type SheetKey = (typeof sheetKeys)[number];

export const sheetNames: Record<SheetKey, string> = {
  organisations: 'Organisaties',
  needs: 'Hulpvragen',
  intakes: 'Intakes',
  referrals: 'Doorverwijzingen',
  trajects: 'Trajecten',
  events: 'Evenementen',
  meetings: 'Gesprekken',
};

export type LookupKey = keyof VlaioLookups;

export const lookupsOf: Record<SheetKey, readonly LookupKey[]> = {
  organisations: ['federations'],
  needs: ['themes', 'federations', 'firstIntake', 'organisations'],
  intakes: ['themes', 'organisations'],
  referrals: ['themes', 'organisations'],
  trajects: [],
  events: [],
  meetings: [],
};

export function readLookup(db: Db, period: Period, key: LookupKey): VlaioLookups[LookupKey] {
  if (key === 'themes') return themesByNeed(db);
  if (key === 'federations') return federationsByOrganisation(db);
  if (key === 'firstIntake') return firstIntakeByNeed(db, period);
  return organisationsById(db);
}

// Each sheet's columns read its own row type; paired with that sheet's rows only (sheetSource).
const allColumns = {
  organisations: organisationColumns,
  needs: needColumns,
  intakes: intakeColumns,
  referrals: referralColumns,
  trajects: trajectColumns,
  events: eventColumns,
  meetings: meetingColumns,
} as unknown as Record<SheetKey, ReportColumn<object>[]>;

/** A data sheet's columns, without the personal ones when pseudonymised. */
export const sheetColumns = (key: SheetKey, pseudonymised: boolean): ReportColumn<object>[] =>
  publicColumns(allColumns[key], pseudonymised);

const once = <R>(read: () => R[]): Iterable<readonly R[]> => ({
  *[Symbol.iterator]() {
    yield read();
  },
});

/** A data sheet's rows, chunk by chunk; nothing is read until iterated. */
export function sheetChunks(db: Db, period: Period, key: SheetKey, l: VlaioLookups): Iterable<readonly object[]> {
  switch (key) {
    case 'organisations':
      return once(() => reachedOrganisations(db, period, l.federations));
    case 'needs':
      return { [Symbol.iterator]: () => needRows(db, period, l) };
    case 'intakes':
      return { [Symbol.iterator]: () => intakeRows(db, period, l) };
    case 'referrals':
      return { [Symbol.iterator]: () => referralRows(db, period, l) };
    case 'trajects':
      return once(() => trajectRows(db, period));
    case 'events':
      return once(() => eventRows(db, period));
    case 'meetings':
      return once(() => meetingRows(db, period));
  }
}
