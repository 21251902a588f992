import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { cellText } from './cells';
import { applyMerges, type XlsxProbe } from './xlsx-probe';
import type { Sheet, Workbook } from './types';

/** The streaming reader met something it does not read the way the full reader does. */
export class NotStreamable extends Error {}

type EntryEvent = { type: string; id?: string | number };
type SheetModel = { id: number; name: string };
type StreamReader = ExcelJS.stream.xlsx.WorkbookReader & {
  on: (event: 'entry', listener: (entry: EntryEvent) => void) => void;
  model?: { sheets?: SheetModel[] };
};
type StreamSheet = { name: string; id: number | string };

/**
 * An xlsx -> text rows with exceljs's streaming reader: rows are turned into text as they are
 * parsed, so no workbook of cell objects is ever held (~1/3 less time and memory than
 * `xlsx.load` on a 10,000-row registration list). Styles are read: they say which numbers are
 * dates and which keep leading zeros. Only called for files probeXlsx found streamable; merges
 * come from that probe, as the streaming reader skips them.
 */
export async function streamXlsx(bytes: Uint8Array, probe: NonNullable<XlsxProbe>): Promise<Workbook> {
  const { default: WorkbookReader } = await import('exceljs/lib/stream/xlsx/workbook-reader.js');
  const input = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  const reader = new WorkbookReader(input, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  }) as StreamReader;
  // The part a worksheet comes from is announced just before the worksheet itself.
  let part = '';
  reader.on('entry', (entry) => {
    if (entry.type === 'worksheet') part = String(entry.id);
  });
  const read: { sheet: Sheet; id: number | string }[] = [];
  for await (const worksheet of reader) {
    const from = part;
    const rows = await sheetRows(worksheet);
    applyMerges(rows, probe.merges.get(from) ?? []);
    const { name, id } = worksheet as unknown as StreamSheet;
    read.push({ id, sheet: { name, rows, formulas: [], notes: [] } });
  }
  // Parts come in zip order (a sheet before the shared strings is read last); tabs in workbook order.
  const order = reader.model?.sheets ?? [];
  if (order.length !== probe.sheetCount || read.length !== order.length) throw new NotStreamable('sheets');
  return {
    format: 'xlsx',
    sheets: order.map((model) => {
      const found = read.find((r) => r.sheet.name === model.name && String(r.id) === String(model.id));
      if (!found) throw new NotStreamable(`sheet ${model.name}`);
      return found.sheet;
    }),
  };
}

async function sheetRows(worksheet: ExcelJS.stream.xlsx.WorksheetReader): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of worksheet) {
    const rowNumber = row.number;
    if (!Number.isInteger(rowNumber) || rowNumber < rows.length + 1) throw new NotStreamable('row number');
    const cells: string[] = [];
    row.eachCell((cell, colNumber) => {
      cells[colNumber - 1] = cellText(cell.value, cell.numFmt);
    });
    let width = cells.length;
    while (width > 0 && !cells[width - 1]) width--;
    while (rows.length < rowNumber - 1) rows.push([]);
    const text: string[] = new Array<string>(width);
    for (let i = 0; i < width; i++) text[i] = cells[i] ?? '';
    rows.push(text);
  }
  return rows;
}
