import type ExcelJS from 'exceljs';

export type CellKind = 'text' | 'int' | 'number' | 'euro' | 'percent' | 'date';
export type CellValue = string | number | null;

export type Column<R> = { key: string; header: string; kind: CellKind; value: (row: R) => CellValue; width?: number };

/** Dutch-looking formats; Excel/LibreOffice render the separators in the reader's locale (nl-BE: 1.234,5). */
export const numberFormats: Record<CellKind, string | undefined> = {
  text: '@',
  int: '#,##0',
  number: '#,##0.0',
  euro: '#,##0.00 "€"',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
};

/** A calendar date as the Excel serial of that very day (exceljs writes Dates as UTC). */
export function excelDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Where a written data sheet's columns are, for formulas on other sheets. */
export type SheetRef = {
  name: string;
  rowCount: number;
  /** Absolute range of a column's data rows, e.g. 'Behoeften'!$B$2:$B$120 (row 2 only when empty). */
  range: (key: string) => string;
};

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function sheetRef<R>(name: string, columns: readonly Column<R>[], rowCount: number): SheetRef {
  const last = Math.max(rowCount + 1, 2);
  return {
    name,
    rowCount,
    range: (key) => {
      const index = columns.findIndex((c) => c.key === key);
      if (index < 0) throw new Error(`Onbekende kolom ${key} in ${name}`);
      const letter = columnLetter(index);
      return `${quoteSheet(name)}!$${letter}$2:$${letter}$${last}`;
    },
  };
}

function cellOf(kind: CellKind, value: CellValue): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (kind === 'date' && typeof value === 'string') return excelDate(value);
  // User text is written as a plain string: exceljs only writes a formula for { formula } values.
  return value;
}

function displayLength(kind: CellKind, value: CellValue): number {
  if (value === null) return 0;
  if (kind === 'date') return 10;
  if (typeof value === 'number') return value.toLocaleString('nl-BE').length + (kind === 'euro' ? 2 : 0);
  return value.length;
}

export type DataSheetOptions = {
  tabColor?: string;
  conditional?: (ref: SheetRef, lastRow: number) => ExcelJS.ConditionalFormattingOptions[];
};

/**
 * A data sheet on the streaming writer: bold frozen header with autofilter, widths that fit the
 * content (measured first, as the streaming writer emits the column widths before the rows),
 * a number format per column and every row committed as soon as it is written.
 */
export function writeDataSheet<R>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly Column<R>[],
  rows: readonly R[],
  options: DataSheetOptions = {},
): SheetRef {
  const widths = columns.map((c) => Math.max(c.header.length + 3, 6));
  const values = rows.map((row) =>
    columns.map((c, i) => {
      const v = c.value(row);
      const length = displayLength(c.kind, v);
      if (length + 2 > (widths[i] ?? 0)) widths[i] = length + 2;
      return cellOf(c.kind, v);
    }),
  );
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
    properties: { tabColor: options.tabColor ? { argb: options.tabColor } : undefined },
  });
  sheet.columns = columns.map((c, i) => ({
    key: c.key,
    width: Math.min(c.width ?? widths[i] ?? 10, 60),
    style: { numFmt: numberFormats[c.kind] },
  }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F4F6F' } };
  header.alignment = { vertical: 'middle', wrapText: false };
  header.commit();
  for (const row of values) sheet.addRow(row).commit();
  const lastRow = Math.max(rows.length + 1, 2);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(rows.length + 1, 1), column: columns.length } };
  const ref = sheetRef(name, columns, rows.length);
  for (const cf of options.conditional?.(ref, lastRow) ?? []) sheet.addConditionalFormatting(cf);
  sheet.commit();
  return ref;
}

/** The column letter of a key, for conditional formatting on the sheet itself. */
export function letterOf<R>(columns: readonly Column<R>[], key: string): string {
  return columnLetter(columns.findIndex((c) => c.key === key));
}
