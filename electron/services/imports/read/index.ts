import { AppError } from '../../errors';
import { readCsv } from './csv';
import type { Workbook } from './types';
import { readXlsx } from './xlsx';

export type { Sheet, SheetFormula, Workbook } from './types';

/**
 * Reads an uploaded file into sheets of text rows. The content decides, not the name: an xlsx is a
 * zip; an encrypted (password-protected) xlsx and an old .xls are OLE compound files; text is CSV.
 */
export async function readFile(bytes: Uint8Array, fileName: string): Promise<Workbook> {
  if (bytes.length === 0) throw new AppError('VALIDATION', 'Dit bestand is leeg.');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readXlsx(bytes);
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
