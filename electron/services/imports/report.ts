import type ExcelJS from 'exceljs';
import type { ImportPlan, PlannedRow } from './commit';
import type { Column, DataRow } from './header';
import type { RowIssue } from './issues';

/** The file as read: its columns and data rows (what the plan's row indexes point at). */
export type ReportSource = { columns: Column[]; rows: DataRow[] };

export type ErrorReport = { fileName: string; mimeType: string; bytes: Uint8Array };

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8D7DA' } };
const WARNING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF3CD' } };
const PROBLEMS = 'Problemen';
const SOURCE_ROW = 'Rij in het bestand';

/**
 * The rows the import refused, for the sender to fix and send back: every column as it was in
 * the file, then what is wrong in Dutch; each problem cell is coloured (red error, yellow
 * warning) and carries the message as a note. Every value is written as text (a `=`, `+`, `-`
 * or `@` at the start stays text, never a formula) in text-formatted cells.
 */
export async function buildErrorReport(plan: ImportPlan, source: ReportSource): Promise<ErrorReport> {
  // Loaded when a report is asked for: the import itself never needs exceljs on this thread.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Blikopener Desk';
  const sheet = workbook.addWorksheet('Te verbeteren', { views: [{ state: 'frozen', ySplit: 1 }] });
  const width = Math.max(0, ...source.columns.map((c) => c.index + 1));
  const headers = Array.from({ length: width }, (_, i) => source.columns.find((c) => c.index === i)?.original ?? '');
  writeTextRow(sheet.getRow(1), [...headers, PROBLEMS, SOURCE_ROW]);
  sheet.getRow(1).font = { bold: true };
  const header = headers.map((h, i) => h.trim() || source.columns.find((c) => c.index === i)?.name || `Kolom ${i + 1}`);

  let at = 2;
  for (const planned of rejectedRows(plan)) {
    const data = source.rows[planned.index];
    if (!data) continue;
    const row = sheet.getRow(at++);
    const cells = Array.from({ length: width }, (_, i) => data.formulas[i] ?? data.cells[i] ?? '');
    writeTextRow(row, [...cells, problemText(planned.issues, header), String(planned.sourceRow)]);
    row.getCell(width + 1).alignment = { wrapText: true, vertical: 'top' };
    markCells(row, planned.issues, width);
  }
  sheet.columns.forEach((column, i) => {
    column.width = i === width ? 60 : Math.min(40, Math.max(12, (headers[i]?.length ?? 0) + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName: reportName(plan.fileName), mimeType: XLSX_MIME, bytes: new Uint8Array(buffer) };
}

/** Rows with errors: what was not imported (excluded rows were the coordinator's choice, not the sender's to fix). */
export function rejectedRows(plan: ImportPlan): PlannedRow[] {
  return plan.rows.filter((r) => r.status === 'invalid');
}

function writeTextRow(row: ExcelJS.Row, values: string[]): void {
  values.forEach((value, i) => {
    const cell = row.getCell(i + 1);
    // A plain string value is a string cell in exceljs (never a formula); '@' keeps Excel from
    // reinterpreting it (a leading zero, a date) when the sender edits it.
    cell.value = value;
    cell.numFmt = '@';
  });
}

function problemText(issues: RowIssue[], header: string[]): string {
  const ordered = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return ordered
    .map((i) => {
      const where = i.column !== null && header[i.column] ? `${header[i.column]}: ` : '';
      return `${i.severity === 'error' ? 'Fout' : 'Let op'}: ${where}${i.message}`;
    })
    .join('\n');
}

function markCells(row: ExcelJS.Row, issues: RowIssue[], width: number): void {
  const byColumn = new Map<number, RowIssue[]>();
  for (const issue of issues) {
    if (issue.column === null || issue.column >= width) continue;
    byColumn.set(issue.column, [...(byColumn.get(issue.column) ?? []), issue]);
  }
  for (const [column, list] of byColumn) {
    const cell = row.getCell(column + 1);
    cell.fill = list.some((i) => i.severity === 'error') ? ERROR_FILL : WARNING_FILL;
    cell.note = list.map((i) => i.message).join('\n');
  }
}

function reportName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]+$/, '') || 'import';
  return `${base} - te verbeteren.xlsx`;
}
