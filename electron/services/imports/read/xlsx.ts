import type ExcelJS from 'exceljs';
import { AppError } from '../../errors';
import { cellFormula, cellText } from './cells';
import type { Sheet, SheetFormula, Workbook } from './types';
import { streamXlsx } from './xlsx-stream';
import { probeXlsx } from './xlsx-probe';

/**
 * An xlsx file -> every worksheet as text rows.
 *
 * Most files go through exceljs's streaming reader (xlsx-stream.ts): faster and lighter. In
 * exceljs 4.4.0 that reader skips `<mergeCell>` (an organisation name merged over three contact
 * rows would reach only the first row; the probe finds the ranges and they are applied after),
 * keeps only the last run of an inline rich-text string, and leaves shared formulas untranslated;
 * a file with such parts (probeXlsx) is read with the full reader, which handles them all. Merged
 * cells: every cell of a merged range gets the master's value, which is what the coordinator
 * means (a title spans, a name applies to each row).
 */
export async function readXlsx(bytes: Uint8Array): Promise<Workbook> {
  const probe = safely(() => probeXlsx(bytes));
  if (probe) {
    try {
      return await streamXlsx(bytes, probe);
    } catch {
      // Anything the streaming reader could not place (or a damaged part) goes to the full
      // reader, which reads it the established way or refuses it with the Dutch message.
    }
  }
  return readXlsxFull(bytes);
}

/** The full reader (exceljs `xlsx.load`): every feature, more time and memory. */
export async function readXlsxFull(bytes: Uint8Array): Promise<Workbook> {
  // Loaded on first use: it is ~28 MB of code and data, and the import reads xlsx in the parse
  // worker, so the main thread never needs it for an import.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError(
      'VALIDATION',
      'Dit Excel-bestand kan niet gelezen worden: het is beschadigd of onvolledig. Sla het opnieuw op en probeer nog eens.',
    );
  }
  return { format: 'xlsx', sheets: workbook.worksheets.map(readSheet) };
}

function readSheet(worksheet: ExcelJS.Worksheet): Sheet {
  const rows: string[][] = [];
  const formulas: SheetFormula[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      cells[colNumber - 1] = cellText(cell.value, cell.numFmt);
      const isMergedCopy = cell.isMerged && cell.master.address !== cell.address;
      const formula = isMergedCopy ? null : cellFormula(cell);
      if (formula) formulas.push({ row: rowNumber - 1, column: colNumber - 1, formula });
    });
    let width = cells.length;
    while (width > 0 && !cells[width - 1]) width--;
    while (rows.length < rowNumber - 1) rows.push([]);
    rows.push(Array.from({ length: width }, (_, i) => cells[i] ?? ''));
  });
  return { name: worksheet.name, rows, formulas, notes: [] };
}

function safely<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
