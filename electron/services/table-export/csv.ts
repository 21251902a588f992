import fs from 'node:fs';
import { once } from 'node:events';
import { dayText, isFormulaLike, type CellValue } from './values';
import type { TableWriter } from './writer';

/** Belgian Excel reads `;` as the list separator and needs the BOM to take the file as UTF-8. */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_NEWLINE = '\r\n';

/** One CSV field: formula-like text gets a leading apostrophe; quoted when it holds `;`, `"` or a line break. */
export function csvField(cell: CellValue): string {
  let text: string;
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'number':
      // Belgian Excel reads a decimal comma; a number is never escaped (−5 is a value, not a formula).
      return String(cell.value).replace('.', ',');
    case 'day':
      return dayText(cell);
    case 'text':
      text = isFormulaLike(cell.text) ? `'${cell.text}` : cell.text;
  }
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: CellValue[]): string {
  return cells.map(csvField).join(CSV_SEPARATOR) + CSV_NEWLINE;
}

/** Writes a CSV file row batch by row batch, waiting for the disk when its buffer is full. */
export function csvWriter(file: string, headers: string[]): TableWriter {
  const stream = fs.createWriteStream(file, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => undefined);
  async function write(chunk: string): Promise<void> {
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), failed]);
  }
  return {
    start: () => write(CSV_BOM + csvLine(headers.map((h) => ({ kind: 'text', text: h })))),
    writeRows: (rows) => write(rows.map(csvLine).join('')),
    finish: async () => {
      stream.end();
      await Promise.race([once(stream, 'finish'), failed]);
    },
    abort: () => {
      stream.destroy();
    },
  };
}
