import ExcelJS from 'exceljs';
import { dayText, type CellValue } from './values';
import type { TableWriter } from './writer';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DATE_FORMAT = 'dd/mm/yyyy';
const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';

/**
 * exceljs turns a Date into a serial day number through UTC. The day's parts are therefore put
 * into a UTC date on purpose: 2026-03-29 stays the 29th whatever the machine's time zone.
 */
export function excelDate(cell: Extract<CellValue, { kind: 'day' }>): Date {
  return new Date(Date.UTC(cell.year, cell.month - 1, cell.day, cell.hour ?? 0, cell.minute ?? 0));
}

function shownLength(cell: CellValue): number {
  if (cell.kind === 'text') return Math.max(...cell.text.split('\n').map((line) => line.length));
  if (cell.kind === 'number') return String(cell.value).length;
  if (cell.kind === 'day') return dayText(cell).length;
  return 0;
}

/** Widths that fit the header and the first rows, within reason (a long note does not make a 300-wide column). */
export function fittedWidths(headers: string[], sample: CellValue[][]): number[] {
  return headers.map((header, i) => {
    const longest = Math.max(header.length + 3, ...sample.map((row) => (row[i] ? shownLength(row[i]) : 0)));
    return Math.min(60, Math.max(8, longest + 2));
  });
}

function writeCell(cell: ExcelJS.Cell, value: CellValue): void {
  switch (value.kind) {
    case 'empty':
      return;
    case 'number':
      cell.value = value.value;
      return;
    case 'day':
      cell.value = excelDate(value);
      cell.numFmt = value.hour === undefined ? DATE_FORMAT : DATE_TIME_FORMAT;
      return;
    case 'text':
      // A string value is always a text cell in exceljs: `=SUM(A1)` typed by a user stays text.
      cell.value = value.text;
  }
}

/** The streaming xlsx writer: one sheet, bold frozen header with autofilter, rows committed as they come. */
export function xlsxWriter(file: string, headers: string[], sheetName: string): TableWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Blikopener Desk';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31) || 'Export', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  function addRow(cells: CellValue[]): void {
    const row = sheet.addRow([]);
    cells.forEach((value, i) => writeCell(row.getCell(i + 1), value));
    row.commit();
  }
  return {
    start: (sample) => {
      sheet.columns = fittedWidths(headers, sample).map((width) => ({ width }));
      const header = sheet.addRow(headers);
      header.font = { bold: true };
      header.commit();
      return Promise.resolve();
    },
    writeRows: (rows) => {
      rows.forEach(addRow);
      return Promise.resolve();
    },
    finish: async () => {
      sheet.commit();
      await workbook.commit();
    },
    abort: () => undefined,
  };
}
