import Papa from 'papaparse';
import { decodeText } from './encoding';
import type { CsvSeparator, Workbook } from './types';

const SEPARATORS: CsvSeparator[] = [';', ',', '\t'];
const SAMPLE_ROWS = 50;

/** A CSV file -> one sheet; encoding and separator detected, ragged and broken rows kept. */
export function readCsv(bytes: Uint8Array, name: string): Workbook {
  const { text, encoding } = decodeText(bytes);
  const separator = detectSeparator(text);
  const { rows, notes } = parseRows(text, separator);
  return { format: 'csv', encoding, separator, sheets: [{ name, rows, formulas: [], notes }] };
}

/**
 * The separator that splits the first rows into the most consistent number of fields (more
 * than one). Papaparse does the splitting, so a `;` or `,` inside quotes does not count.
 */
export function detectSeparator(text: string): CsvSeparator {
  let best: { separator: CsvSeparator; share: number; fields: number } = { separator: ';', share: -1, fields: 0 };
  for (const separator of SEPARATORS) {
    const result = Papa.parse<string[]>(text, { delimiter: separator, preview: SAMPLE_ROWS, skipEmptyLines: true });
    const counts = new Map<number, number>();
    for (const row of result.data) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    let fields = 0;
    let hits = 0;
    for (const [length, n] of counts) {
      if (n > hits || (n === hits && length > fields)) {
        fields = length;
        hits = n;
      }
    }
    const share = fields > 1 && result.data.length > 0 ? Math.round((hits / result.data.length) * 100) / 100 : 0;
    if (share > best.share || (share === best.share && fields > best.fields)) best = { separator, share, fields };
  }
  return best.separator;
}

/**
 * Splits all rows. An unterminated quote would swallow the rest of the file into one cell, so
 * that one line is re-read without quote handling and parsing resumes on the next line: a stray
 * quote damages its own row only, and the coordinator is told which one.
 */
export function parseRows(text: string, separator: CsvSeparator): { rows: string[][]; notes: string[] } {
  const rows: string[][] = [];
  const notes: string[] = [];
  let offset = 0;
  while (offset < text.length) {
    const rest = text.slice(offset);
    const result = Papa.parse<string[]>(rest, { delimiter: separator });
    const broken = result.errors.find((e) => e.code === 'MissingQuotes');
    if (!broken) {
      rows.push(...result.data);
      break;
    }
    const lineStart = rest.lastIndexOf('\n', Math.max(0, (broken.index ?? 0) - 1)) + 1;
    const lineEnd = rest.indexOf('\n', lineStart);
    const line = rest.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
    if (lineStart > 0)
      rows.push(...Papa.parse<string[]>(rest.slice(0, lineStart - 1).replace(/\r$/, ''), { delimiter: separator }).data);
    rows.push(line.split(separator));
    notes.push(`Rij ${rows.length}: een aanhalingsteken werd niet afgesloten; de rij is zonder aanhalingstekens gelezen.`);
    if (lineEnd === -1) break;
    offset += lineEnd + 1;
  }
  // Papaparse turns an empty line into [''] and the final newline into a last empty row.
  const cleaned = rows.map((row) => (row.length === 1 && row[0] === '' ? [] : row));
  while (cleaned.length > 0 && cleaned[cleaned.length - 1]?.length === 0) cleaned.pop();
  return { rows: cleaned, notes };
}
