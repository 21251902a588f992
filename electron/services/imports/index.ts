/**
 * Import engine for registration spreadsheets (issue 4): reads, never writes.
 *
 *   readFile(bytes, name)            -> sheets of text rows (xlsx via exceljs, CSV via papaparse with
 *                                       encoding + separator detection)
 *   detectHeader(sheet)              -> header row (title rows above it skipped), named columns, data rows
 *   autoMap(columns, rows)           -> column -> target (nl/en/fr header names + cell content), with confidence
 *   validateRows(rows, map, ref)     -> normalised values + issues per cell (shared field rules)
 *   matchRows(db, validated, ref)    -> per row: new / existing organisation X / same as row N; experts
 *                                       matched to colleges and known experts
 *
 * `ref` is loadReference(db): themes, federations and colleges. `runPipeline` chains the steps
 * with automatic choices (what the headless CLI will use).
 *
 * Writing lives in commit/ (planImport -> commitImport as one batch with provenance; undoImport),
 * mapping profiles in profiles.ts, the import history in batches.ts.
 *
 * Still to come for issue 4: the wizard UI and its contract methods; the error report xlsx;
 * size/zip-bomb/row limits; and running parse + validate in a worker with progress.
 */
import type { Db, Tx } from '../../../db/client';
import { AppError } from '../errors';
import { detectHeader, type HeaderResult } from './header';
import { autoMap, type ColumnMapping } from './mapping';
import { matchRows, type RowMatch } from './match';
import { readFile, type Workbook } from './read';
import { loadReference } from './reference';
import { validateRows, type ValidatedRow } from './validate';

export { readFile } from './read';
export type { Sheet, Workbook } from './read';
export { detectHeader, type Column, type DataRow, type HeaderResult } from './header';
export { autoMap, type ColumnMapping } from './mapping';
export { validateRows, type RowValues, type ValidatedRow } from './validate';
export { matchRows, type ExpertMatch, type MatchReason, type OrganisationMatch, type RowMatch } from './match';
export { loadReference, type Reference } from './reference';
export { targets, type Target } from './targets';
export type { IssueCode, RowIssue, Severity } from './issues';

export type PipelineResult = {
  workbook: Workbook;
  sheet: number;
  header: HeaderResult;
  mappings: ColumnMapping[];
  rows: ValidatedRow[];
  matches: RowMatch[];
};

/** The whole engine with automatic choices: first sheet with data, detected header, automatic mapping. */
export async function runPipeline(db: Db | Tx, bytes: Uint8Array, fileName: string): Promise<PipelineResult> {
  const workbook = await readFile(bytes, fileName);
  const sheet = Math.max(
    workbook.sheets.findIndex((s) => s.rows.some((r) => r.some((c) => c.trim() !== ''))),
    0,
  );
  const chosen = workbook.sheets[sheet];
  if (!chosen) throw new AppError('VALIDATION', 'Dit bestand bevat geen werkbladen.');
  const header = detectHeader(chosen);
  if (header.rows.length === 0)
    throw new AppError('VALIDATION', `Werkblad "${chosen.name}" bevat geen gegevens onder de kopregel.`);
  const mappings = autoMap(header.columns, header.rows);
  const reference = loadReference(db);
  const rows = validateRows(header.rows, mappings, reference);
  const matches = matchRows(db, rows, reference);
  return { workbook, sheet, header, mappings, rows, matches };
}
