import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { copyDatabase } from '../../../db/client';
import type { BackupInfo, BackupKind, RestoreResult } from '../../api/contract/system';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { brusselsDate } from '../time';
import { reapplyErasures } from '../privacy/erase';
import { autoBackupsToPrune, listBackupFiles, newBackupName, parseBackupName } from './backup-files';

/** integrity_check through a read-only connection; [] means healthy. */
export function integrityProblems(file: string, nativeBinding?: string): string[] {
  let conn: Database.Database | undefined;
  try {
    conn = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const rows = conn.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    conn?.close();
  }
}

function hasAppSchema(file: string, nativeBinding?: string): boolean {
  const conn = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const names = new Set(
      (conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
    );
    return names.has('__drizzle_migrations') && names.has('colleges');
  } finally {
    conn.close();
  }
}

export function listBackups(ctx: AppContext): BackupInfo[] {
  return listBackupFiles(ctx.paths.backupsDir);
}

/** A consistent copy of the open database, checked with integrity_check before it is listed. */
export function createBackup(ctx: AppContext, kind: BackupKind = 'manual'): BackupInfo {
  const dir = ctx.paths.backupsDir;
  fs.mkdirSync(dir, { recursive: true });
  const name = newBackupName(dir, kind, ctx.now());
  const file = path.join(dir, name);
  copyDatabase(ctx.sqlite(), file);
  const problems = integrityProblems(file, ctx.nativeBinding);
  if (problems.length > 0) {
    fs.rmSync(file, { force: true });
    throw new AppError('INTERNAL', `De back-up is niet in orde en werd niet bewaard: ${problems[0] ?? ''}`);
  }
  const parsed = parseBackupName(name);
  return { name, kind, createdAt: parsed?.createdAt ?? ctx.now().toISOString(), sizeBytes: fs.statSync(file).size };
}

/**
 * The automatic daily backup: made when none was made today (Brussels date), then the automatic
 * ones are thinned to the last 14 plus one per month. Returns the new backup, or null.
 */
export function ensureDailyBackup(ctx: AppContext): BackupInfo | null {
  const today = brusselsDate(ctx.now());
  const existing = listBackups(ctx);
  const madeToday = existing.some((b) => b.kind === 'auto' && brusselsDate(new Date(b.createdAt)) === today);
  const created = madeToday ? null : createBackup(ctx, 'auto');
  const all = created ? [created, ...existing] : existing;
  for (const name of autoBackupsToPrune(all, 14, (iso) => brusselsDate(new Date(iso)).slice(0, 7))) {
    fs.rmSync(path.join(ctx.paths.backupsDir, name), { force: true });
  }
  return created;
}

function resolveBackup(ctx: AppContext, name: string): string {
  if (!parseBackupName(name) || path.basename(name) !== name) {
    throw new AppError('VALIDATION', 'Dit is geen back-up van Blikopener Desk.', {
      issues: [{ path: 'name', message: 'Onbekende back-up' }],
    });
  }
  const file = path.join(ctx.paths.backupsDir, name);
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `De back-up ${name} bestaat niet (meer).`);
  return file;
}

function moveAside(file: string, target: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
}

/**
 * Puts a backup in place of the current database. The current database is first saved as a
 * 'pre-restore' backup (or, when it is damaged, moved aside untouched as a 'damaged' one), so a
 * restore can itself be undone. The backup is checked before anything is changed.
 */
export function restoreBackup(ctx: AppContext, name: string): RestoreResult {
  return restoreFromFile(ctx, resolveBackup(ctx, name));
}

/** Restores from any database file (the CLI's `restore FILE`), with the same checks and safety copy. */
export function restoreFromFile(ctx: AppContext, source: string): RestoreResult {
  const name = path.basename(source);
  if (!fs.existsSync(source)) throw new AppError('NOT_FOUND', `Het bestand ${source} bestaat niet.`);
  const problems = integrityProblems(source, ctx.nativeBinding);
  if (problems.length > 0) {
    throw new AppError('BACKUP_INVALID', `De back-up ${name} is beschadigd en werd niet teruggezet.`, { problems });
  }
  if (!hasAppSchema(source, ctx.nativeBinding)) {
    throw new AppError('BACKUP_INVALID', `${name} is geen databank van Blikopener Desk.`);
  }

  const dbFile = ctx.paths.databaseFile;
  if (path.resolve(source) === path.resolve(dbFile)) {
    throw new AppError('VALIDATION', 'Dit is de databank die nu in gebruik is.');
  }
  let safetyBackup: string | null = null;
  if (ctx.state().kind === 'open') {
    safetyBackup = createBackup(ctx, 'pre-restore').name;
    ctx.close();
  } else {
    ctx.close();
    if (fs.existsSync(dbFile)) {
      safetyBackup = newBackupName(ctx.paths.backupsDir, 'damaged', ctx.now());
      moveAside(dbFile, path.join(ctx.paths.backupsDir, safetyBackup));
    }
  }

  for (const suffix of ['-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
  const tmp = `${dbFile}.restoring`;
  fs.copyFileSync(source, tmp);
  fs.renameSync(tmp, dbFile);
  const state = ctx.reopen();
  if (state.kind !== 'open') {
    throw new AppError('BACKUP_INVALID', `De teruggezette back-up ${name} kon niet geopend worden.`);
  }
  // People erased since that backup was made come back with it: erase them again.
  const erasedAgain = reapplyErasures(ctx);
  return { restored: name, safetyBackup, erasedAgain };
}
