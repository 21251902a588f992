import { dossiersMessages } from './dossiers';
import { networkEditMessages } from './networkEdit';
import { organisationsMessages } from './organisations';
import { privacyMessages } from './privacy';
import { workspaceMessages } from './workspace';
import { importsMessages } from './imports';
import { routingMessages } from './routing';
import { referralsMessages } from './referrals';
import { eventsMessages } from './events';
import { eventDayMessages } from './eventDay';
import { reportsMessages } from './reports';
import { tableExportMessages } from './tableExport';

const areas = [
  organisationsMessages,
  dossiersMessages,
  networkEditMessages,
  workspaceMessages,
  privacyMessages,
  importsMessages,
  routingMessages,
  referralsMessages,
  eventsMessages,
  eventDayMessages,
  reportsMessages,
  tableExportMessages,
];

export const areaMessages = {
  nl: Object.assign({}, ...areas.map((a) => a.nl)) as Record<string, unknown>,
  en: Object.assign({}, ...areas.map((a) => a.en)) as Record<string, unknown>,
};
