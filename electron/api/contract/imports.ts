import { z } from './zod';
import { method } from './method';
import type { Page } from './common';
import { taskIdField } from './tasks';

/** What a column can be imported into; the services' mapping uses this same list. `ignore` keeps a column out. */
export const importTargets = [
  'organisation.name',
  'organisation.enterpriseNumber',
  'organisation.legalForm',
  'organisation.street',
  'organisation.postcode',
  'organisation.city',
  'organisation.website',
  'organisation.sector',
  'organisation.federation',
  'contact.firstName',
  'contact.lastName',
  'contact.fullName',
  'contact.role',
  'contact.email',
  'contact.phone',
  'contact.consent',
  'need.title',
  'need.question',
  'need.themes',
  'row.kind',
  'expert.college',
  /** Event target only: the hogeschool(s) an enterprise wants to talk to -> meeting requests. */
  'event.wishes',
  /** Event target only: voormiddag / namiddag / beide / 10:00-12:00 -> availability windows. */
  'event.availability',
  'ignore',
] as const;
export type ImportTarget = (typeof importTargets)[number];
type Target = ImportTarget;

/** The largest file the wizard accepts (before base64). */
export const IMPORT_MAX_BYTES = 25 * 1024 * 1024;
/** base64 grows by 4/3; a little room for padding. */
const MAX_BASE64 = Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 4;

export const importPolicyValues = ['fill-empty', 'overwrite', 'skip'] as const;
export type ImportPolicyValue = (typeof importPolicyValues)[number];
export const importRowFilters = ['all', 'errors', 'warnings'] as const;

/** An event as the import's target: every row becomes a registration for it. */
const eventIdField = z.number({ message: 'Kies een geldig event.' }).int().positive('Kies een geldig event.').optional();

const sessionId = z.string().trim().min(1, 'Kies eerst een bestand.').max(64);
const targetField = z.enum(importTargets, { message: 'Kies een geldig doelveld.' });

export const uploadInput = z
  .object({
    fileName: z.string().trim().min(1, 'Het bestand heeft geen naam.').max(255, 'De bestandsnaam is te lang.'),
    contentBase64: z
      .string()
      .max(MAX_BASE64, 'Dit bestand is groter dan 25 MB. Splits het op in kleinere bestanden.')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'De inhoud van het bestand kon niet gelezen worden.'),
    /** A workbook's sheet by name; without it the first sheet with content. */
    sheet: z.string().max(255).optional(),
    taskId: taskIdField,
  })
  .strict();

export const chooseSheetInput = z.object({ sessionId, sheet: z.string().trim().min(1, 'Kies een werkblad.').max(255) }).strict();

const mappingInput = z.array(z.object({ column: z.number().int().min(0).max(1000), target: targetField }).strict()).max(1000);

const overridesInput = z
  .array(
    z
      .object({
        index: z.number().int().min(0),
        exclude: z.boolean().optional(),
        /** Inline fixes: the corrected cell text per target; checked by the same rules as the file. */
        values: z.partialRecord(targetField, z.string().max(2000, 'Gebruik hoogstens 2000 tekens.')).optional(),
        /** Another match than the automatic one: an existing organisation, or a new one. */
        organisationId: z.union([z.number().int().positive(), z.literal('new')]).optional(),
      })
      .strict(),
  )
  .max(100_000);

export const planInput = z
  .object({
    sessionId,
    mapping: mappingInput.optional(),
    policy: z.enum(importPolicyValues).default('fill-empty'),
    overrides: overridesInput.optional(),
    eventId: eventIdField,
    taskId: taskIdField,
    filter: z.enum(importRowFilters).default('all'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export const commitInput = z
  .object({
    sessionId,
    policy: z.enum(importPolicyValues).default('fill-empty'),
    mapping: mappingInput.optional(),
    overrides: overridesInput.optional(),
    skipInvalid: z.boolean().optional(),
    allowReimport: z.boolean().optional(),
    eventId: eventIdField,
    taskId: taskIdField,
  })
  .strict();

export const saveProfileInput = z
  .object({
    sessionId,
    name: z.string().trim().min(1, 'Geef het profiel een naam.').max(100, 'Gebruik hoogstens 100 tekens.'),
    mapping: mappingInput.optional(),
  })
  .strict();

const batchIdInput = z.object({ batchId: z.number().int().positive() }).strict();
export const batchesInput = z
  .object({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict()
  .optional();

export type ImportColumn = {
  index: number;
  header: string;
  target: Target;
  /** 0..1; 0 for a column nobody recognised. */
  confidence: number;
  /** The first filled values, so the coordinator sees what a column holds. */
  samples: string[];
};

export type UploadResult = {
  sessionId: string;
  fileName: string;
  size: number;
  sheet: string;
  /** Every sheet of the workbook, so the coordinator can choose another one. */
  sheets: string[];
  headerRow: number;
  rowCount: number;
  columns: ImportColumn[];
  profile: { id: number; name: string } | null;
};

export type ImportIssueView = {
  column: number | null;
  header: string | null;
  field: Target;
  severity: 'error' | 'warning';
  code: string;
  message: string;
};

export type StepView = {
  action: 'create' | 'update' | 'unchanged' | 'skipped' | 'same' | 'existing';
  id: number | null;
  label: string;
  firstRow: number | null;
  changes: string[];
};

export type PlanRowView = {
  index: number;
  sourceRow: number;
  kind: 'enterprise' | 'expert';
  status: 'ok' | 'invalid' | 'excluded';
  /** The mapped cells as written in the file, by column index. */
  cells: Record<number, string>;
  issues: ImportIssueView[];
  notes: string[];
  organisation: StepView | null;
  contact: StepView | null;
  need: StepView | null;
  expert: StepView | null;
  /** Event target: the registration (new, already registered, or an earlier row's). */
  participant: StepView | null;
  /** Event target: the meeting requests this row's wishes become, as "with <name>". */
  meetings: string[];
};

type Counts = { created: number; updated: number; matched: number };
export type PlanSummaryView = {
  rows: number;
  okRows: number;
  warningRows: number;
  invalidRows: number;
  excludedRows: number;
  organisations: Counts;
  contacts: Counts;
  needs: Counts;
  experts: Counts;
  withoutConsent: number;
  /** Event target only. */
  participants: Counts;
  meetings: { created: number; existing: number };
  /** Wishes for a hogeschool without academics registered yet: kept as a note on the registration. */
  wishesKept: number;
};

export type PlanResult = {
  fileName: string;
  sheet: string;
  policy: ImportPolicyValue;
  previousBatch: { id: number; committedAt: string } | null;
  event: { id: number; name: string; date: string } | null;
  summary: PlanSummaryView;
  page: Page<PlanRowView>;
};

type Tally = { created: number; updated: number; skipped: number };
export type ImportCommitResult = {
  batchId: number;
  organisations: Tally;
  contacts: Tally;
  needs: Tally;
  experts: Tally;
  participants: Tally;
  meetings: Tally;
  skippedRows: number;
};

export type ImportBatchRow = {
  id: number;
  fileName: string;
  sheet: string;
  rowCount: number;
  policy: string;
  committedAt: string;
  actor: string;
  createdCount: number;
  updatedCount: number;
  skippedCount: number;
  undoneAt: string | null;
};

export type UndoView = {
  batchId: number;
  deleted: Record<
    'organisation' | 'contact' | 'need' | 'expert' | 'event_participant' | 'event_meeting' | 'timeline_entry',
    number
  >;
  restored: number;
  kept: { entity: string; entityId: number; sourceRow: number; message: string; fields: string[] }[];
};

const emptyEventsInput = z.object({}).strict().optional();

export const errorReportInput = z.object({ sessionId }).strict();
/** The rejected rows as an xlsx for the sender to fix (base64, to save as a download). */
export type ErrorReportResult = { fileName: string; mimeType: string; contentBase64: string };

/** Events the wizard offers as a target (newest first). */
export type ImportEventOption = { id: number; name: string; date: string; status: string };

export const importMethods = {
  'imports.events': method<typeof emptyEventsInput, ImportEventOption[]>(emptyEventsInput),
  'imports.upload': method<typeof uploadInput, UploadResult>(uploadInput),
  'imports.chooseSheet': method<typeof chooseSheetInput, UploadResult>(chooseSheetInput),
  'imports.plan': method<typeof planInput, PlanResult>(planInput),
  'imports.commit': method<typeof commitInput, ImportCommitResult>(commitInput),
  'imports.saveProfile': method<typeof saveProfileInput, { id: number; name: string }>(saveProfileInput),
  'imports.batches': method<typeof batchesInput, Page<ImportBatchRow>>(batchesInput),
  'imports.previewUndo': method<typeof batchIdInput, UndoView>(batchIdInput),
  'imports.undo': method<typeof batchIdInput, UndoView>(batchIdInput),
  'imports.errorReport': method<typeof errorReportInput, ErrorReportResult>(errorReportInput),
};
