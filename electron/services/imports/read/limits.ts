import { AppError } from '../../errors';
import { columnLetter } from '../text';
import type { Workbook } from './types';

/**
 * The largest file accepted: the wizard's upload limit (IMPORT_MAX_BYTES in the contract, one number
 * for every way in; a unit test holds them equal). Not imported from there: the contract pulls in
 * zod and every schema, which the parse worker would then load before it can read a byte.
 */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** Registration lists are hundreds to a few thousand rows; beyond this it is not a registration list. */
export const MAX_ROWS = 50_000;
/** A question text is a few paragraphs; a cell this long is pasted content, not a registration. */
export const MAX_CELL_CHARS = 10_000;
/** What all parts of an xlsx may declare unpacked together (a 25 MB xlsx of text is ~150 MB of XML). */
export const XLSX_MAX_UNCOMPRESSED = 200 * 1024 * 1024;
/** The most one part of an xlsx may grow when unpacked. */
export const XLSX_MAX_RATIO = 100;

const fmt = (n: number) => n.toLocaleString('nl-BE');

export function checkFileSize(bytes: Uint8Array): void {
  if (bytes.length > MAX_FILE_BYTES)
    throw new AppError(
      'VALIDATION',
      `Dit bestand is groter dan ${Math.round(MAX_FILE_BYTES / 1024 / 1024)} MB. Splits het op in kleinere bestanden.`,
    );
}

/** After reading: too many rows, too long a cell, or nothing at all is refused before anything else runs. */
export function checkContent(workbook: Workbook): void {
  let filled = false;
  for (const sheet of workbook.sheets) {
    if (sheet.rows.length > MAX_ROWS)
      throw new AppError(
        'VALIDATION',
        `Werkblad "${sheet.name}" heeft ${fmt(sheet.rows.length)} rijen; er kunnen er hoogstens ${fmt(MAX_ROWS)} in één keer geïmporteerd worden. Splits het bestand op.`,
      );
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c] ?? '';
        if (cell.length > MAX_CELL_CHARS)
          throw new AppError(
            'VALIDATION',
            `Cel ${columnLetter(c)}${r + 1} in werkblad "${sheet.name}" bevat ${fmt(cell.length)} tekens; hoogstens ${fmt(MAX_CELL_CHARS)} zijn toegestaan. Kort de tekst in.`,
          );
        if (!filled && cell.trim() !== '') filled = true;
      }
    }
  }
  if (!filled)
    throw new AppError(
      'VALIDATION',
      workbook.sheets.length > 1
        ? 'Alle werkbladen van dit bestand zijn leeg.'
        : 'Dit werkblad is leeg: er staan geen gegevens in.',
    );
}
