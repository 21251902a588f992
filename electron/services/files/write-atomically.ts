import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

/** The file-system calls the write needs; tests hand in a fake to simulate a full disk or a locked file. */
export type WriteFs = {
  openSync: (file: string, flags: string, mode?: number) => number;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  fsyncSync: (fd: number) => void;
  closeSync: (fd: number) => void;
  renameSync: (from: string, to: string) => void;
  rmSync: (file: string, options: { force: boolean }) => void;
  statSync: (file: string, options: { throwIfNoEntry: false }) => { isDirectory: () => boolean } | undefined;
};

type Stage = 'create' | 'write' | 'replace';

function errnoOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** A Dutch sentence for a file-system failure, naming the file and what the user can do about it. */
export function writeFailureMessage(error: unknown, target: string, stage: Stage): string {
  const code = errnoOf(error);
  const name = path.basename(target);
  const folder = path.dirname(target);
  // Windows refuses to replace a file Excel holds open with EPERM/EACCES/EBUSY at the rename.
  if (stage === 'replace' && ['EBUSY', 'EPERM', 'EACCES', 'ETXTBSY'].includes(code))
    return `${name} is geopend in een ander programma (Excel?) of alleen-lezen. Sluit het bestand en probeer opnieuw, of kies een andere naam.`;
  switch (code) {
    case 'EBUSY':
    case 'ETXTBSY':
      return `${name} is geopend in een ander programma (Excel?). Sluit het bestand en probeer opnieuw.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Kan ${name} niet bewaren: geen schrijfrechten in ${folder}. Kies een andere map.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `De schijf is vol: ${name} kon niet bewaard worden. Maak ruimte vrij en probeer opnieuw.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `De map ${folder} bestaat niet (meer). Kies een bestaande map.`;
    case 'EISDIR':
      return `${name} is een map, geen bestand. Kies een bestandsnaam.`;
    case 'ENAMETOOLONG':
      return `De naam of het pad van ${name} is te lang. Kies een kortere naam of een andere map.`;
    default:
      return `${name} kon niet bewaard worden (${code || (error instanceof Error ? error.message : 'onbekende fout')}).`;
  }
}

function fail(error: unknown, target: string, stage: Stage): never {
  // Only file-system failures are the user's to solve; anything else is a bug and stays visible as one.
  if (!errnoOf(error)) throw error;
  throw new AppError('CONFLICT', writeFailureMessage(error, target, stage), { errno: errnoOf(error) });
}

/**
 * Writes bytes to `target` through a temp file in the same folder, flushed to disk and then renamed
 * over the target. Whatever goes wrong (no rights, file open elsewhere, disk full), the temp file is
 * removed and an existing target stays exactly as it was: never a half-written file.
 */
export function writeFileAtomically(target: string, bytes: Uint8Array, fsImpl: WriteFs = fs): void {
  if (fsImpl.statSync(target, { throwIfNoEntry: false })?.isDirectory())
    throw new AppError('CONFLICT', writeFailureMessage({ code: 'EISDIR' }, target, 'create'));
  // Same folder: a rename within one file system is atomic. Hidden, and unique per attempt.
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = fsImpl.openSync(temp, 'wx', 0o644);
  } catch (error) {
    fail(error, target, 'create');
  }
  let stage: Stage = 'write';
  try {
    try {
      let offset = 0;
      while (offset < bytes.length) {
        const written = fsImpl.writeSync(fd, bytes, offset, bytes.length - offset);
        // A write that makes no progress would loop for ever; treat it as the I/O error it is.
        if (written <= 0) throw Object.assign(new Error('Schrijven gaf geen voortgang.'), { code: 'EIO' });
        offset += written;
      }
      fsImpl.fsyncSync(fd);
    } finally {
      fsImpl.closeSync(fd);
    }
    stage = 'replace';
    fsImpl.renameSync(temp, target);
  } catch (error) {
    fsImpl.rmSync(temp, { force: true });
    fail(error, target, stage);
  }
}
