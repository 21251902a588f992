import { AppError } from '../../errors';
import { readCsv } from './csv';
import { checkContent, checkFileSize } from './limits';
import type { Workbook } from './types';
import { readXlsx } from './xlsx';
import { checkZipBomb } from './zip';

export type { Sheet, SheetFormula, Workbook } from './types';

export { MAX_CELL_CHARS, MAX_FILE_BYTES, MAX_ROWS, XLSX_MAX_RATIO, XLSX_MAX_UNCOMPRESSED } from './limits';

/**
 * Reads an uploaded file into sheets of text rows, within the limits (size, zip bomb, rows, cell
 * length, not empty): past one of them the file is refused with a Dutch message and nothing
 * further runs, so nothing is written either.
 */
export async function readFile(bytes: Uint8Array, fileName: string): Promise<Workbook> {
  checkFileSize(bytes);
  const workbook = await readAny(bytes, fileName);
  checkContent(workbook);
  return workbook;
}

/**
 * The content decides, not the name: an xlsx is a zip; an encrypted (password-protected) xlsx and
 * an old .xls are OLE compound files; text is CSV.
 */
async function readAny(bytes: Uint8Array, fileName: string): Promise<Workbook> {
  if (bytes.length === 0) throw new AppError('VALIDATION', 'Dit bestand is leeg.');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    checkZipBomb(bytes);
    return readXlsx(bytes);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new AppError(
      'VALIDATION',
      'Dit is een beveiligd Excel-bestand (met wachtwoord) of een oud .xls-bestand. Verwijder het wachtwoord of sla het op als .xlsx.',
    );
  }
  if (startsWith(bytes, [0x50, 0x4b])) throw new AppError('VALIDATION', 'Dit Excel-bestand is onvolledig of beschadigd.');
  return readCsv(bytes, sheetNameFor(fileName));
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function sheetNameFor(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '') || 'CSV';
}
