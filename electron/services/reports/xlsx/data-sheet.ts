import fs from 'node:fs';
import type ExcelJS from 'exceljs';
import { preparedRowWriter, rawRowWriter, type RawCell } from './raw-rows';

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

// User text is always written as an inline string (raw-rows.ts), never as a formula.
const rawKind = (kind: CellKind): RawCell['kind'] => (kind === 'text' ? 'text' : kind === 'date' ? 'date' : 'number');

function displayLength(kind: CellKind, value: CellValue): number {
  if (value === null) return 0;
  if (kind === 'date') return 10;
  if (typeof value === 'number') return value.toLocaleString('nl-BE').length + (kind === 'euro' ? 2 : 0);
  return value.length;
}

export type DataSheetOptions<R> = {
  tabColor?: string;
  conditional?: (ref: SheetRef, lastRow: number) => ExcelJS.ConditionalFormattingOptions[];
  /** Sees every row as it is written (for tallies computed in the same pass). */
  onRow?: (row: R) => void;
};

/** Column widths are fitted to the first rows only: measuring 200k rows costs more than it helps. */
const widthSample = 1000;
/** Rows the zip may still have to compress before the writer waits for it. */
const maxPendingBytes = 8 * 1024 * 1024;

type Buffered = { length?: number };
// archiver pipes each sheet through a readable-stream v2 PassThrough: no writableLength there.
type PipedStream = { pipes?: { _writableState?: Buffered; _readableState?: Buffered }[] };

/**
 * Lets the zip catch up with a sheet: the streaming writer never pushes back, so without this every
 * row of the workbook sits uncompressed in memory until the end. Relies on exceljs 4.4 / archiver
 * internals, checked first: a clear error (and no file, see write-file.ts) if they are missing.
 */
async function drain(sheet: ExcelJS.Worksheet): Promise<void> {
  const pipes = (sheet as unknown as { stream?: PipedStream }).stream?.pipes;
  if (!Array.isArray(pipes) || pipes.some((p) => !p._writableState && !p._readableState))
    throw new Error('exceljs/archiver-versie niet ondersteund: de zipstroom van een werkblad is niet te volgen (4.4)');
  const pending = () => pipes.reduce((sum, p) => sum + (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0), 0);
  await new Promise<void>((resolve) => setImmediate(resolve));
  for (let waited = 0; pending() > maxPendingBytes && waited < 10_000; waited += 2)
    await new Promise<void>((resolve) => setTimeout(resolve, 2));
}

/** Widths that fit the header and the first rows (the streaming writer emits widths before the rows). */
export function fitWidths<R>(columns: readonly Column<R>[], rows: readonly R[]): number[] {
  const widths = columns.map((c) => Math.max(c.header.length + 3, 6));
  for (const row of rows.slice(0, widthSample))
    columns.forEach((c, i) => {
      const length = displayLength(c.kind, c.value(row));
      if (length + 2 > (widths[i] ?? 0)) widths[i] = length + 2;
    });
  return widths;
}

/** The one style of a data column's cells (a number or date format). */
export const columnStyle = (kind: CellKind): Partial<ExcelJS.Style> => ({ numFmt: numberFormats[kind] });

/** Adds the sheet with its column widths and styles and commits the bold, frozen header row. */
function openDataSheet<R>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly Column<R>[],
  widths: readonly number[],
  options: DataSheetOptions<R>,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
    properties: { tabColor: options.tabColor ? { argb: options.tabColor } : undefined },
  });
  sheet.columns = columns.map((c, i) => ({
    key: c.key,
    width: Math.min(c.width ?? widths[i] ?? 10, 60),
    style: columnStyle(c.kind),
  }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F4F6F' } };
  header.alignment = { vertical: 'middle', wrapText: false };
  header.commit();
  return sheet;
}

/** Autofilter over the rows, conditional formats, commit; the reference for formulas elsewhere. */
function closeDataSheet<R>(
  sheet: ExcelJS.Worksheet,
  name: string,
  columns: readonly Column<R>[],
  count: number,
  options: DataSheetOptions<R>,
): SheetRef {
  const lastRow = Math.max(count + 1, 2);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(count + 1, 1), column: columns.length } };
  const ref = sheetRef(name, columns, count);
  for (const cf of options.conditional?.(ref, lastRow) ?? []) sheet.addConditionalFormatting(cf);
  sheet.commit();
  return ref;
}

/**
 * A data sheet on the streaming writer: bold frozen header with autofilter, widths that fit the
 * first rows (the streaming writer emits the column widths before the rows), one shared style
 * per column (registered once), and rows written chunk by chunk as sheet XML (raw-rows.ts) and
 * handed to the zip before the next chunk is read.
 */
export async function writeDataSheet<R>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly Column<R>[],
  chunks: Iterable<readonly R[]>,
  options: DataSheetOptions<R> = {},
): Promise<SheetRef> {
  const iterator = chunks[Symbol.iterator]();
  const first: R[] = [];
  let done = false;
  while (!done && first.length < widthSample) {
    const next = iterator.next();
    if (next.done) done = true;
    else first.push(...next.value);
  }
  const sheet = openDataSheet(workbook, name, columns, fitWidths(columns, first), options);
  const letters = columns.map((_, i) => columnLetter(i));
  const rawCells = columns.map((c) => ({ kind: rawKind(c.kind), style: columnStyle(c.kind) }));
  const rows = rawRowWriter(sheet, rawCells, letters);
  const write = (chunk: readonly R[]) => {
    rows.write(chunk.map((row) => columns.map((c) => c.value(row))));
    if (options.onRow) for (const row of chunk) options.onRow(row);
  };
  write(first);
  first.length = 0;
  await drain(sheet);
  while (!done) {
    const next = iterator.next();
    if (next.done) break;
    write(next.value);
    await drain(sheet);
  }
  return closeDataSheet(sheet, name, columns, rows.count, options);
}

/** A data sheet whose rows were built as sheet XML elsewhere (the report's worker thread), in a temp file. */
export type PreparedSheet = { widths: number[]; count: number; file: string };

/** Bytes of prepared sheet XML read and handed to the zip at a time. */
const pieceBytes = 1024 * 1024;

/** Writes a prepared sheet the way writeDataSheet would have written the same rows. */
export async function writePreparedSheet<R>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly Column<R>[],
  prepared: PreparedSheet,
  options: DataSheetOptions<R> = {},
): Promise<SheetRef> {
  const sheet = openDataSheet(workbook, name, columns, prepared.widths, options);
  const rows = preparedRowWriter(sheet);
  const fd = fs.openSync(prepared.file, 'r');
  try {
    for (;;) {
      // A fresh buffer per piece: the zip keeps it until it is compressed.
      const piece = Buffer.allocUnsafe(pieceBytes);
      const read = fs.readSync(fd, piece, 0, pieceBytes, null);
      if (read === 0) break;
      rows.write(piece.subarray(0, read));
      await drain(sheet);
    }
  } finally {
    fs.closeSync(fd);
  }
  rows.finish(prepared.count);
  return closeDataSheet(sheet, name, columns, prepared.count, options);
}

/** The cell kinds of columns, as the row XML builder takes them. */
export const rawKinds = <R>(columns: readonly Column<R>[]): RawCell['kind'][] => columns.map((c) => rawKind(c.kind));

/** The column letter of a key, for conditional formatting on the sheet itself. */
export function letterOf<R>(columns: readonly Column<R>[], key: string): string {
  return columnLetter(columns.findIndex((c) => c.key === key));
}

/**
 * Puts worksheets in tab order by name. The streaming writer zips a sheet from the moment it is
 * added and cannot move past it until it is committed, so sheets written last (summaries over the
 * data sheets) are added last and moved forward here, before the workbook is committed. The tab
 * order is the writer's list order; sheet ids and files stay as they are.
 */
export function orderSheets(workbook: ExcelJS.stream.xlsx.WorkbookWriter, names: readonly string[]): void {
  const list = (workbook as unknown as { _worksheets?: ({ name: string } | undefined)[] })._worksheets;
  // Without the writer's sheet list the summaries would land behind the data: refuse, clearly.
  if (!Array.isArray(list)) throw new Error('exceljs-versie niet ondersteund: de bladvolgorde is niet in te stellen (4.4)');
  const sheets = list.filter((s): s is { name: string } => s !== undefined);
  const rank = (s: { name: string }) => {
    const i = names.indexOf(s.name);
    return i < 0 ? names.length : i;
  };
  const sorted = sheets.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i);
  // Keep the sparse layout (index 0 is a hole, which exceljs skips); only the order changes.
  list.length = 0;
  sorted.forEach((x, i) => {
    list[i + 1] = x.s;
  });
}
