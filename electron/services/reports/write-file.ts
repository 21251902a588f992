import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { AppError } from '../errors';

function fsMessage(error: unknown, target: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  const name = path.basename(target);
  switch (code) {
    case 'EBUSY':
    case 'ETXTBSY':
      return `${name} is geopend in een ander programma (Excel?). Sluit het bestand en probeer opnieuw.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Kan ${name} niet schrijven: geen schrijfrechten in ${path.dirname(target)}. Kies een andere map.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `De schijf is vol: ${name} kon niet worden weggeschreven. Maak ruimte vrij en probeer opnieuw.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `De map ${path.dirname(target)} bestaat niet. Kies een bestaande map.`;
    case 'EISDIR':
      return `${target} is een map, geen bestand. Geef een bestandsnaam op (….xlsx).`;
    default:
      return `${name} kon niet worden weggeschreven (${code || (error instanceof Error ? error.message : 'onbekende fout')}).`;
  }
}

export type WorkbookBody = (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => void | Promise<void>;

/**
 * Streams a workbook into a temp file next to the target, then renames it over the target: a
 * failure at any point (no rights, file open elsewhere, disk full) leaves no half-written file,
 * and an existing target stays as it was.
 */
export async function writeWorkbookAtomically(target: string, body: WorkbookBody): Promise<void> {
  if (fs.existsSync(target) && fs.statSync(target).isDirectory())
    throw new AppError('VALIDATION', fsMessage({ code: 'EISDIR' }, target));
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let stream: fs.WriteStream | null = null;
  try {
    stream = fs.createWriteStream(temp, { flags: 'wx' });
    const opened = stream;
    const failed = new Promise<never>((_, reject) => opened.once('error', reject));
    failed.catch(() => {});
    // Deflate level 1: the sheets are repetitive XML, so the file is barely larger and the zip,
    // which the data sheets wait for, keeps up.
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: opened,
      useStyles: true,
      useSharedStrings: true,
      zip: { zlib: { level: 1 } },
    });
    workbook.creator = 'Blikopener Desk';
    await Promise.race([(async () => body(workbook))(), failed]);
    await Promise.race([workbook.commit(), failed]);
    await Promise.race([
      new Promise<void>((resolve) => (opened.closed ? resolve() : opened.once('close', () => resolve()))),
      failed,
    ]);
    fs.renameSync(temp, target);
  } catch (error) {
    stream?.destroy();
    fs.rmSync(temp, { force: true });
    if (error instanceof AppError) throw error;
    // Only file-system failures become a message for the user; anything else is a bug to see.
    if (typeof (error as NodeJS.ErrnoException | null)?.code !== 'string') throw error;
    throw new AppError('VALIDATION', fsMessage(error, target), { issues: [{ path: 'out', message: fsMessage(error, target) }] });
  }
}
