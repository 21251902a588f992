import type { z } from 'zod';
import { networkMethods } from './network';
import { systemMethods } from './system';
import { organisationMethods } from './organisations';
import { dossierMethods } from './dossiers';
import { workspaceMethods } from './workspace';
import { privacyMethods } from './privacy';
import { importMethods } from './imports';
import { routingMethods } from './routing';
import { referralMethods } from './referrals';
import { eventMethods } from './events';
import { eventDayMethods } from './event-day';
import { reportMethods } from './reports';
import { tableExportMethods } from './table-export';
import { taskMethods } from './tasks';
import { fileMethods } from './files';

/**
 * THE contract between renderer and main: every method `area.verb` with its zod input schema and
 * result type, one file per area. The router implements exactly these and validates every input.
 */
export const contract = {
  ...systemMethods,
  ...networkMethods,
  ...organisationMethods,
  ...dossierMethods,
  ...workspaceMethods,
  ...privacyMethods,
  ...importMethods,
  ...routingMethods,
  ...referralMethods,
  ...eventMethods,
  ...eventDayMethods,
  ...reportMethods,
  ...tableExportMethods,
  ...taskMethods,
  ...fileMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Contract[M]['result'];

export const methodNames = Object.keys(contract) as MethodName[];

export * from './errors';
export * from './common';
export * from './network';
export * from './system';
export * from './organisations';
export * from './dossiers';
export * from './workspace';
export * from './privacy';
export * from './imports';
export * from './routing';
export * from './referrals';
export * from './events';
export * from './event-day';
export * from './reports';
export * from './table-export';
export * from './tasks';
export * from './files';
