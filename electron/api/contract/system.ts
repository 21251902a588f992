import { z } from './zod';
import { method } from './method';
import { emptyInput } from './common';

export const backupKinds = ['auto', 'manual', 'pre-restore', 'pre-migration', 'damaged'] as const;
export type BackupKind = (typeof backupKinds)[number];

export type BackupInfo = {
  /** File name inside the backups folder; the only handle the renderer gets. */
  name: string;
  kind: BackupKind;
  createdAt: string;
  sizeBytes: number;
};

export const createBackupInput = z.object({}).strict();

export const restoreBackupInput = z
  .object({
    name: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[\w.-]+\.sqlite$/, 'Geen geldige naam van een back-up'),
  })
  .strict();

/** erasedAgain: contacts from the erasure journal that the backup still held, erased again. */
export type RestoreResult = { restored: string; safetyBackup: string | null; erasedAgain: number };

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

export type AppSettings = {
  language: Language;
  dataDir: string;
  databaseFile: string;
  backupsDir: string;
};

export const updateSettingsInput = z.object({ language: z.enum(languages) }).strict();

export type AppStatus = {
  version: string;
  database: { state: 'ok' } | { state: 'damaged'; problems: string[] };
  dataDir: string;
  language: Language;
};

export const systemMethods = {
  'app.status': method<typeof emptyInput, AppStatus>(emptyInput),
  'backup.list': method<typeof emptyInput, BackupInfo[]>(emptyInput),
  'backup.create': method<typeof createBackupInput, BackupInfo>(createBackupInput),
  'backup.restore': method<typeof restoreBackupInput, RestoreResult>(restoreBackupInput),
  'settings.get': method<typeof emptyInput, AppSettings>(emptyInput),
  'settings.update': method<typeof updateSettingsInput, AppSettings>(updateSettingsInput),
} as const;
