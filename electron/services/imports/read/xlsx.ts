import type ExcelJS from 'exceljs';
import { AppError } from '../../errors';
import { cellFormula, cellText } from './cells';
import type { Sheet, SheetFormula, Workbook } from './types';

/**
 * An xlsx file -> every worksheet as text rows.
 *
 * Why not `ExcelJS.stream.xlsx.WorkbookReader`: in exceljs 4.4.0 its worksheet reader skips
 * `<mergeCell>` (an organisation name merged over three contact rows would reach only the first
 * row) and keeps only the last run of an inline rich-text string, so it loses data. The full
 * reader handles both, and a 10,000-row registration file is a few MB that it reads in well under
 * the time budget; memory is bounded by the file size limit (checked before reading, later) and
 * parsing runs in a worker (to come). Merged cells: exceljs gives every cell of a merged range the
 * master's value, which is what the coordinator means (a title spans, a name applies to each row).
 */
export async function readXlsx(bytes: Uint8Array): Promise<Workbook> {
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
