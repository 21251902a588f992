import { AppError } from '../../services/errors';
import { autoMap, detectHeader } from '../../services/imports';
import { DEFAULT_WORKER_MEMORY_MB, parseInWorker } from '../../services/imports/worker';
import type { Sheet, Workbook } from '../../services/imports/read';
import {
  chooseSheet,
  commitImport,
  listBatches,
  planImport,
  previewUndo,
  undoImport,
  type ImportPlan,
} from '../../services/imports/commit';
import { applyProfile, findProfile, saveProfile } from '../../services/imports/profiles';
import type { AppContext } from '../../services/context';
import { IMPORT_MAX_BYTES, type ImportColumn, type UploadResult } from '../contract/imports';
import type { ParsedInputOf } from '../contract';
import { closeSession, openSession, requireSession, type ImportSession, type PlanChoices } from './import-sessions';
import { committedReport, errorReportOf, keepForReport } from './import-report';
import { filterRows, rowView, summaryView } from './import-views';
import type { HandlerModule } from './types';
import { endTask, reportProgress } from '../../services/tasks/progress';
import { eventOptions } from '../../services/imports/event/options';

const fileError = (message: string) => new AppError('VALIDATION', message, { issues: [{ path: 'file', message }] });

/** Binary content that is neither xlsx nor text (an image, a pdf): NUL bytes without a UTF-16 mark. */
function looksBinary(bytes: Uint8Array): boolean {
  const isZipOrOle = (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (isZipOrOle || utf16Bom) return false;
  const head = bytes.subarray(0, 4096);
  let nul = 0;
  for (const b of head) if (b === 0) nul++;
  // UTF-16 without a mark has a NUL in every other byte; binaries have a few scattered ones.
  return nul > 0 && nul < head.length / 3;
}

/** Header, rows and mapping of one sheet: the content of an upload result. */
function readSheet(ctx: AppContext, sheet: Sheet) {
  const header = detectHeader(sheet);
  const named = header.columns.filter((c) => c.original.trim() !== '');
  if (named.length < 2) throw fileError('Geen kopregel gevonden. Is dit wel een lijst met inschrijvingen?');
  if (header.rows.length === 0) throw fileError(`Werkblad "${sheet.name}" bevat geen gegevens onder de kopregel.`);
  const profile = findProfile(
    ctx.db(),
    header.columns.map((c) => c.original),
  );
  const mapping = profile ? applyProfile(profile, header.columns) : autoMap(header.columns, header.rows);
  const columns: ImportColumn[] = mapping.map((m) => ({
    index: m.column,
    header: m.header,
    target: m.target,
    confidence: m.confidence,
    samples: header.rows
      .map((r) => (r.cells[m.column] ?? '').trim())
      .filter((v) => v !== '')
      .slice(0, 3)
      .map((v) => (v.length > 60 ? `${v.slice(0, 59)}…` : v)),
  }));
  return { header, columns, profile: profile ? { id: profile.id, name: profile.name } : null };
}

function sheetOf(workbook: Workbook, name: string | undefined): Sheet {
  if (name !== undefined && !workbook.sheets.some((s) => s.name === name))
    throw fileError(`Werkblad "${name}" bestaat niet in dit bestand.`);
  if (workbook.sheets.length === 0) throw fileError('Dit bestand bevat geen werkbladen.');
  return chooseSheet(workbook, name);
}

/**
 * Without a chosen sheet, the first one that holds a list: a workbook often opens with an
 * explanation sheet. When none does, the first sheet's problem is the one reported.
 */
function firstReadable(ctx: AppContext, workbook: Workbook, name: string | undefined) {
  const first = sheetOf(workbook, name);
  if (name === undefined) {
    for (const sheet of workbook.sheets.slice(workbook.sheets.indexOf(first))) {
      try {
        return { sheet, read: readSheet(ctx, sheet) };
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
      }
    }
  }
  return { sheet: first, read: readSheet(ctx, first) };
}

async function upload(ctx: AppContext, input: ParsedInputOf<'imports.upload'>): Promise<UploadResult> {
  const bytes = new Uint8Array(Buffer.from(input.contentBase64, 'base64'));
  if (bytes.length === 0) throw fileError('Dit bestand is leeg.');
  if (bytes.length > IMPORT_MAX_BYTES) throw fileError('Dit bestand is groter dan 25 MB. Splits het op in kleinere bestanden.');
  if (looksBinary(bytes)) throw fileError('Dit is geen spreadsheet. Kies een .xlsx- of .csv-bestand.');
  // Read in a worker with a heap limit: a huge or hostile file neither freezes nor crashes the app.
  reportProgress(ctx, input.taskId, { phase: 'read', done: 0, total: 100 });
  const { workbook } = await parseInWorker(bytes, input.fileName, {
    maxOldGenerationSizeMb: DEFAULT_WORKER_MEMORY_MB,
    onProgress: (p) => reportProgress(ctx, input.taskId, { phase: 'read', done: Math.round(p.fraction * 100), total: 100 }),
  }).finally(() => endTask(ctx, input.taskId));
  const { sheet, read } = firstReadable(ctx, workbook, input.sheet);
  const session = openSession(ctx, {
    fileName: input.fileName,
    bytes,
    workbook,
    sheet: sheet.name,
    columns: read.header.columns,
    rows: read.header.rows,
  });
  return resultOf(session, workbook, read);
}

/** Another sheet of the same file: the session keeps its parsed workbook, its columns and rows are replaced. */
function chooseSheetOf(ctx: AppContext, input: ParsedInputOf<'imports.chooseSheet'>): UploadResult {
  const session = requireSession(ctx, input.sessionId);
  const { workbook } = session;
  const sheet = sheetOf(workbook, input.sheet);
  const read = readSheet(ctx, sheet);
  Object.assign(session, { sheet: sheet.name, columns: read.header.columns, rows: read.header.rows, planned: null });
  return resultOf(session, workbook, read);
}

function resultOf(session: ImportSession, workbook: Workbook, read: ReturnType<typeof readSheet>): UploadResult {
  return {
    sessionId: session.id,
    fileName: session.fileName,
    size: session.bytes.length,
    sheet: session.sheet,
    sheets: workbook.sheets.map((s) => s.name),
    headerRow: read.header.headerRow,
    rowCount: read.header.rows.length,
    columns: read.columns,
    profile: read.profile,
  };
}

/** Plans once per set of choices; paging and filtering reuse the stored plan. */
async function planFor(
  ctx: AppContext,
  session: ImportSession,
  choices: PlanChoices,
  options: { fresh?: boolean; taskId?: string } = {},
): Promise<ImportPlan> {
  const key = JSON.stringify([choices.mapping ?? null, choices.policy, choices.overrides ?? [], choices.eventId ?? null]);
  if (!options.fresh && session.planned?.key === key) return session.planned.plan;
  // The session's workbook, read once at upload (in the worker): the file is not read again.
  const plan = await planImport(ctx, {
    bytes: session.bytes,
    workbook: session.workbook,
    fileName: session.fileName,
    sheet: session.sheet,
    mapping: choices.mapping,
    policy: choices.policy,
    overrides: choices.overrides,
    eventId: choices.eventId,
    onProgress: (phase, done, total) => reportProgress(ctx, options.taskId, { phase, done, total }),
  });
  session.planned = { key, choices, plan };
  return plan;
}

export const importHandlers: HandlerModule = {
  'imports.upload': (ctx, input) => upload(ctx, input),
  'imports.chooseSheet': (ctx, input) => chooseSheetOf(ctx, input),
  'imports.plan': async (ctx, input) => {
    const session = requireSession(ctx, input.sessionId);
    const choices = { mapping: input.mapping, policy: input.policy, overrides: input.overrides, eventId: input.eventId };
    const plan = await planFor(ctx, session, choices, { taskId: input.taskId }).finally(() => endTask(ctx, input.taskId));
    const rows = filterRows(plan, input.filter);
    return {
      fileName: plan.fileName,
      sheet: plan.sheet,
      policy: plan.policy,
      previousBatch: plan.previousBatch,
      event: plan.event,
      summary: summaryView(plan),
      page: {
        rows: rows.slice(input.offset, input.offset + input.limit).map((r) => rowView(plan, session, r)),
        total: rows.length,
      },
    };
  },
  'imports.commit': async (ctx, input) => {
    const session = requireSession(ctx, input.sessionId);
    // Without mapping or exclusions the last plan's choices count; the plan itself is made again,
    // so what was written in the meantime (another import, an edit) is matched against.
    const last = session.planned?.choices;
    const choices: PlanChoices = {
      policy: input.policy,
      mapping: input.mapping ?? last?.mapping,
      overrides: input.overrides ?? last?.overrides,
      eventId: input.eventId ?? last?.eventId,
    };
    try {
      const plan = await planFor(ctx, session, choices, { fresh: true, taskId: input.taskId });
      // One synchronous transaction: no poll is answered inside it, so the bar shows the phase and size.
      reportProgress(ctx, input.taskId, { phase: 'commit', done: 0, total: plan.rows.length });
      const result = commitImport(ctx, {
        ...plan,
        skipInvalid: input.skipInvalid ?? false,
        allowReimport: input.allowReimport ?? false,
      });
      keepForReport(ctx, session, plan);
      closeSession(ctx, session.id);
      return result;
    } finally {
      endTask(ctx, input.taskId);
    }
  },
  'imports.events': (ctx) => eventOptions(ctx.db()),
  'imports.saveProfile': (ctx, input) => {
    const session = requireSession(ctx, input.sessionId);
    const byColumn = new Map((input.mapping ?? session.planned?.plan.mapping ?? []).map((m) => [m.column, m.target]));
    const mappings = session.columns.map((c) => ({ header: c.original, target: byColumn.get(c.index) ?? ('ignore' as const) }));
    const profile = saveProfile(ctx, { name: input.name, mappings });
    return { id: profile.id, name: profile.name };
  },
  'imports.batches': (ctx, input) => {
    const page = listBatches(ctx.db(), { offset: input?.offset ?? 0, limit: input?.limit ?? 50 });
    return {
      total: page.total,
      rows: page.rows.map(({ fileSha256: _sha, profileId: _profile, ...row }) => row),
    };
  },
  'imports.previewUndo': (ctx, input) => previewUndo(ctx, input.batchId),
  'imports.undo': (ctx, input) => undoImport(ctx, input.batchId),
  'imports.errorReport': async (ctx, input) => {
    // After a commit the session is closed; its plan is kept for the Result step.
    const kept = committedReport(ctx, input.sessionId);
    if (kept) return errorReportOf(kept.plan, kept.session);
    const session = requireSession(ctx, input.sessionId);
    const plan = session.planned?.plan ?? (await planFor(ctx, session, { policy: 'fill-empty' }));
    return errorReportOf(plan, session);
  },
};
