import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../files/temp-dirs';
import { contract, type ParsedInputOf, type ExportedTable } from '../../api/contract';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { csvWriter } from './csv';
import { endProgress, startProgress } from './progress';
import { fetchPages, type ListCaller } from './pages';
import { cellValue, valueAt, type ColumnSpec } from './values';
import { XLSX_MIME, xlsxWriter } from './xlsx';
import type { TableWriter } from './writer';

type ExportInput = ParsedInputOf<'tableExport.export'>;

/** Brussels calendar date for the file name, so an export made at 00:30 carries today's date. */
function brusselsDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(now);
}

/** The list's own input, validated by its own schema exactly as the router would, with a clear message. */
function parseListInput(input: ExportInput): Record<string, unknown> {
  const parsed = contract[input.method].input.safeParse(input.input ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: ['input', ...issue.path].join('.'), message: issue.message }));
    throw new AppError('VALIDATION', 'De filters of sortering van deze tabel zijn niet geldig.', { issues });
  }
  return parsed.data ?? {};
}

/** Every column key must name a property of the list's rows; checked on the first row. */
function checkColumns(columns: ColumnSpec[], firstRow: unknown): void {
  const issues = columns.flatMap((column, i) =>
    valueAt(firstRow, column.key) === undefined
      ? [{ path: `columns.${i}.key`, message: `Kolom ‘${column.key}’ bestaat niet in deze tabel.` }]
      : [],
  );
  if (issues.length > 0) throw new AppError('VALIDATION', 'Niet alle kolommen bestaan in deze tabel.', { issues });
}

function writerFor(input: ExportInput, file: string, columns: ColumnSpec[]): TableWriter {
  const headers = columns.map((c) => c.header);
  return input.format === 'csv' ? csvWriter(file, headers) : xlsxWriter(file, headers, input.fileName);
}

/**
 * Exports the table's current view: the list method is called with the table's own filters and
 * sort, page after page, and every row is written as it arrives to a temp file (CSV or a
 * streaming xlsx), so 100k rows never sit in memory as cells. The file comes back as base64,
 * like the privacy export, for the renderer to offer as a download.
 */
export async function exportTable(ctx: AppContext, input: ExportInput, callList: ListCaller): Promise<ExportedTable> {
  const listInput = parseListInput(input);
  const columns: ColumnSpec[] = input.columns.map((c) => ({ key: c.key, header: c.header, type: c.type, labels: c.labels }));
  const dir = makeTempDir('export');
  const file = path.join(dir, `export.${input.format}`);
  const writer = writerFor(input, file, columns);
  let written = 0;
  try {
    let report: (done: number) => void = () => undefined;
    let started = false;
    for await (const page of fetchPages(callList, input.method, listInput)) {
      const cells = page.rows.map((row) => columns.map((column) => cellValue(valueAt(row, column.key), column)));
      if (!started) {
        if (page.rows.length > 0) checkColumns(columns, page.rows[0]);
        report = startProgress(input.jobId, page.total);
        await writer.start(cells.slice(0, 1000));
        started = true;
      }
      await writer.writeRows(cells);
      written += cells.length;
      report(written);
    }
    await writer.finish();
    const content = fs.readFileSync(file);
    const extension = input.format;
    return {
      fileName: `${input.fileName}-${brusselsDate(ctx.now())}.${extension}`,
      mimeType: input.format === 'csv' ? 'text/csv;charset=utf-8' : XLSX_MIME,
      contentBase64: content.toString('base64'),
      rowCount: written,
    };
  } catch (error) {
    writer.abort();
    throw error;
  } finally {
    endProgress(input.jobId);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
