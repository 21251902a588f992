import crypto from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../../../db/client';
import { importBatches } from '../../../../db/schema';
import type { AppContext } from '../../context';
import { AppError } from '../../errors';
import { detectHeader, type Column, type DataRow } from '../header';
import { autoMap, type ColumnMapping } from '../mapping';
import { matchRows } from '../match';
import { applyProfile, findProfile, getProfile, type ImportProfile } from '../profiles';
import { readFile, type Sheet, type Workbook } from '../read';
import { loadReference } from '../reference';
import type { Target } from '../targets';
import { validateRows, type ValidatedRow } from '../validate';
import { eventSteps, loadEventTarget } from '../event/plan';
import { yieldToPolls } from '../../tasks/progress';
import { buildSteps } from './steps';
import { summarise } from './summary';
import type { ImportPlan, PlanInput, RowOverride } from './types';

/** Rows validated between two yields: small enough that a progress poll waits < 100 ms. */
const CHUNK = 2000;

export function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/** The batch of this same file that is still in place (committed and not undone). */
export function previousBatchOf(db: Db | Tx, fileSha256: string): ImportPlan['previousBatch'] {
  const row = db
    .select({ id: importBatches.id, committedAt: importBatches.committedAt })
    .from(importBatches)
    .where(and(eq(importBatches.fileSha256, fileSha256), isNull(importBatches.undoneAt)))
    .orderBy(desc(importBatches.id))
    .get();
  return row ?? null;
}

function chooseMapping(
  db: Db,
  input: PlanInput,
  columns: Column[],
  rows: DataRow[],
): { mapping: ColumnMapping[]; profile: ImportProfile | null } {
  const profile =
    input.profileId !== undefined
      ? getProfile(db, input.profileId)
      : findProfile(
          db,
          columns.map((c) => c.original),
        );
  if (input.profileId !== undefined && !profile)
    throw new AppError('NOT_FOUND', `Importprofiel ${input.profileId} bestaat niet.`);
  if (input.mapping) {
    const byColumn = new Map(input.mapping.map((m) => [m.column, m.target]));
    const mapping = columns.map((c): ColumnMapping => {
      const target = byColumn.get(c.index) ?? 'ignore';
      return { column: c.index, header: c.name, target, confidence: 1, reason: target === 'ignore' ? 'none' : 'alias' };
    });
    return { mapping, profile: input.profileId !== undefined ? profile : null };
  }
  if (profile) return { mapping: applyProfile(profile, columns), profile };
  return { mapping: autoMap(columns, rows), profile: null };
}

/**
 * Inline fixes: a corrected cell replaces the file's text before validation, so a fix is checked
 * by exactly the same rules. A fix for a target without a column gets a column of its own.
 */
function applyOverrides(rows: DataRow[], mapping: ColumnMapping[], overrides: RowOverride[]): ColumnMapping[] {
  const result = [...mapping];
  const columnOf = (target: Target): number => {
    const found = result.find((m) => m.target === target);
    if (found) return found.column;
    const column = Math.max(-1, ...result.map((m) => m.column)) + 1;
    result.push({ column, header: target, target, confidence: 1, reason: 'alias' });
    return column;
  };
  for (const override of overrides) {
    const row = rows[override.index];
    if (!row || !override.values) continue;
    for (const [target, text] of Object.entries(override.values) as [Target, string][]) {
      const column = columnOf(target);
      row.cells[column] = text;
      delete row.formulas[column];
    }
  }
  return result;
}

/**
 * Reads (unless the session already did), maps, validates and matches the file and says, per row,
 * what a commit would do. Writes nothing. Between the phases it yields, so progress polls are
 * answered while a large file is planned.
 */
export async function planImport(ctx: AppContext, input: PlanInput): Promise<ImportPlan> {
  const db = ctx.db();
  const progress = input.onProgress ?? (() => {});
  const event = input.eventId === undefined ? null : loadEventTarget(db, input.eventId);
  progress('read', 0, 1);
  const workbook = input.workbook ?? (await readFile(input.bytes, input.fileName));
  const sheet = chooseSheet(workbook, input.sheet);
  // detectHeader copies the cells, so inline fixes below never change the session's workbook.
  const header = detectHeader(sheet);
  if (header.rows.length === 0)
    throw new AppError('VALIDATION', `Werkblad "${sheet.name}" bevat geen gegevens onder de kopregel.`);
  const total = header.rows.length;
  const chosen = chooseMapping(db, input, header.columns, header.rows);
  const overrides = input.overrides ?? [];
  const mapping = applyOverrides(header.rows, chosen.mapping, overrides);
  const reference = loadReference(db);
  const validated: ValidatedRow[] = [];
  for (let i = 0; i < total; i += CHUNK) {
    progress('validate', i, total);
    await yieldToPolls();
    for (const row of validateRows(header.rows.slice(i, i + CHUNK), mapping, reference))
      validated.push({ ...row, index: row.index + i });
  }
  progress('match', 0, total);
  await yieldToPolls();
  const matches = matchRows(db, validated, reference);
  progress('match', total, total);
  await yieldToPolls();
  const fileSha256 = sha256(input.bytes);
  const policy = input.policy ?? 'fill-empty';
  const { rows, summary: baseSummary } = buildSteps(db, {
    fileName: input.fileName,
    now: ctx.now(),
    policy,
    validated,
    matches,
    reference,
    overrides,
    consentCells: consentCells(header.rows, mapping),
  });
  if (event) eventSteps(rows, validated, matches, reference, event);
  const summary = event ? summarise(rows) : baseSummary;
  return {
    fileName: input.fileName,
    fileSha256,
    sheet: sheet.name,
    policy,
    profileId: chosen.profile?.id ?? null,
    skipInvalid: input.skipInvalid ?? false,
    allowReimport: input.allowReimport ?? false,
    mapping,
    previousBatch: previousBatchOf(db, fileSha256),
    event: event ? { id: event.id, name: event.name, date: event.date } : null,
    rows,
    summary,
  };
}

/** The consent answer as written, with its question, per row: it becomes the consent's scope. */
function consentCells(rows: DataRow[], mapping: ColumnMapping[]): string[] {
  const m = mapping.find((x) => x.target === 'contact.consent');
  if (!m) return rows.map(() => '');
  return rows.map((r) => `${m.header}: ${(r.cells[m.column] ?? '').trim()}`.slice(0, 200));
}

/** The named sheet, or else the first one with content: a workbook often opens with an empty sheet. */
export function chooseSheet(workbook: Workbook, name?: string): Sheet {
  if (name !== undefined) {
    const named = workbook.sheets.find((s) => s.name === name);
    if (!named) throw new AppError('VALIDATION', `Werkblad "${name}" bestaat niet in dit bestand.`);
    return named;
  }
  const sheet = workbook.sheets.find((s) => s.rows.some((r) => r.some((c) => c.trim() !== ''))) ?? workbook.sheets[0];
  if (!sheet) throw new AppError('VALIDATION', 'Dit bestand bevat geen werkbladen.');
  return sheet;
}
