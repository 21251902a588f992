import { systemHandlers } from './system';
import { networkHandlers } from './network';
import { organisationHandlers } from './organisations';
import { dossierHandlers } from './dossiers';
import { workspaceHandlers } from './workspace';
import { privacyHandlers } from './privacy';
import { importHandlers } from './imports';
import { routingHandlers } from './routing';
import { referralHandlers } from './referrals';
import { eventHandlers } from './events';
import { eventDayHandlers } from './event-day';
import { reportHandlers } from './reports';
import { tableExportHandlers } from './table-export';
import { taskHandlers } from './tasks';
import { fileHandlers } from './files';
import type { HandlerModule } from './types';

export type { Handler, HandlerMap, HandlerModule } from './types';

/** One module per area; the router refuses two modules claiming the same method. */
export const handlerModules: HandlerModule[] = [
  systemHandlers,
  networkHandlers,
  organisationHandlers,
  dossierHandlers,
  workspaceHandlers,
  privacyHandlers,
  importHandlers,
  routingHandlers,
  referralHandlers,
  eventHandlers,
  eventDayHandlers,
  reportHandlers,
  tableExportHandlers,
  taskHandlers,
  fileHandlers,
];
