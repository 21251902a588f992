import type { Sheet } from './read';
import { headerCandidates } from './header-match';
import { columnLetter } from './text';

export type Column = { index: number; name: string; original: string };
/** One data row: `sourceRow` is the 1-based row number in the sheet (for reports and provenance). */
export type DataRow = { sourceRow: number; cells: string[]; formulas: Record<number, string> };
export type HeaderResult = { headerRow: number; columns: Column[]; rows: DataRow[] };

const SCAN_ROWS = 30;

/**
 * Finds the header row even below a title block: each of the first rows scores by how many cells
 * are known header names (3 each) or plain labels (0.5 each), while cells that look like data (an
 * e-mail, a number, a date) count against it. Rows with fewer than two filled cells (a title, a
 * date line) never win.
 */
export function detectHeader(sheet: Sheet, headerRow?: number): HeaderResult {
  const index = headerRow ?? bestHeaderRow(sheet.rows);
  const header = sheet.rows[index] ?? [];
  const width = Math.max(header.length, ...sheet.rows.slice(index + 1).map((r) => r.length), 0);
  const columns = nameColumns(header, width);
  const formulasByRow = new Map<number, Record<number, string>>();
  for (const f of sheet.formulas) {
    const byColumn = formulasByRow.get(f.row) ?? {};
    byColumn[f.column] = f.formula;
    formulasByRow.set(f.row, byColumn);
  }
  const rows: DataRow[] = [];
  for (let r = index + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    rows.push({
      sourceRow: r + 1,
      cells: Array.from({ length: width }, (_, c) => cells[c] ?? ''),
      formulas: formulasByRow.get(r) ?? {},
    });
  }
  return { headerRow: index + 1, columns, rows };
}

export function bestHeaderRow(rows: string[][]): number {
  let best = -1;
  let bestScore = 0;
  for (let r = 0; r < Math.min(rows.length, SCAN_ROWS); r++) {
    const score = scoreRow(rows[r] ?? []);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  const firstFilled = rows.findIndex((row) => row.some((c) => c.trim() !== ''));
  return Math.max(firstFilled, 0);
}

function scoreRow(row: string[]): number {
  const filled = [...new Set(row.map((c) => c.trim()).filter((c) => c !== ''))];
  if (filled.length < 2) return 0;
  const known = new Set<string>();
  let score = 0;
  for (const cell of filled) {
    if (looksLikeData(cell)) {
      score -= 1;
      continue;
    }
    const target = headerCandidates(cell)[0]?.target;
    if (target && !known.has(target)) {
      known.add(target);
      score += 3;
    } else score += 0.5;
  }
  return score;
}

function looksLikeData(cell: string): boolean {
  return /@/.test(cell) || /^[\d\s.,+/:-]+$/.test(cell) || cell.length > 80;
}

/** Empty headers become `Kolom C`; a repeated name gets ` (2)`, ` (3)` so every column is addressable. */
function nameColumns(header: string[], width: number): Column[] {
  const seen = new Map<string, number>();
  return Array.from({ length: width }, (_, index) => {
    const original = (header[index] ?? '').replace(/\s+/g, ' ').trim();
    const base = original || `Kolom ${columnLetter(index)}`;
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    return { index, original, name: n === 1 ? base : `${base} (${n})` };
  });
}
