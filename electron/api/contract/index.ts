import type { z } from 'zod';
import {
  getCollegeInput,
  listCollegesInput,
  listPartnersInput,
  type CollegeDetail,
  type CollegeRow,
  type NetworkSummary,
  type PartnerRow,
  type ThemeRow,
} from './network';
import {
  createBackupInput,
  emptyInput,
  restoreBackupInput,
  updateSettingsInput,
  type AppSettings,
  type AppStatus,
  type BackupInfo,
  type RestoreResult,
} from './system';

/** Declares one method: its runtime input schema and (type-only) result. */
function method<I extends z.ZodType, R>(input: I): { input: I; result: R } {
  return { input, result: undefined as R };
}

/**
 * THE contract between renderer and main. Method names are `area.verb`; the router implements
 * exactly these and validates every input with the schema given here.
 */
export const contract = {
  'app.status': method<typeof emptyInput, AppStatus>(emptyInput),
  'network.summary': method<typeof emptyInput, NetworkSummary>(emptyInput),
  'network.listColleges': method<typeof listCollegesInput, CollegeRow[]>(listCollegesInput),
  'network.getCollege': method<typeof getCollegeInput, CollegeDetail>(getCollegeInput),
  'network.listPartners': method<typeof listPartnersInput, PartnerRow[]>(listPartnersInput),
  'network.listThemes': method<typeof emptyInput, ThemeRow[]>(emptyInput),
  'backup.list': method<typeof emptyInput, BackupInfo[]>(emptyInput),
  'backup.create': method<typeof createBackupInput, BackupInfo>(createBackupInput),
  'backup.restore': method<typeof restoreBackupInput, RestoreResult>(restoreBackupInput),
  'settings.get': method<typeof emptyInput, AppSettings>(emptyInput),
  'settings.update': method<typeof updateSettingsInput, AppSettings>(updateSettingsInput),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Contract[M]['result'];

export const methodNames = Object.keys(contract) as MethodName[];

export * from './errors';
export * from './network';
export * from './system';
