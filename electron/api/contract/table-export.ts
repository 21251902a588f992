import { z } from './zod';
import { method } from './method';

/**
 * The list methods a table may export. Only read-only list methods belong here: the export calls
 * the method named by the renderer, so this list is what keeps it from calling anything else.
 * A new table opts in by adding its list method here and passing `exportOf` to its TableToolbar.
 */
export const exportableMethods = [
  'organisations.list',
  'contacts.list',
  'needs.list',
  'trajects.list',
  'network.listColleges',
  'network.listGroups',
  'network.listExperts',
  'network.listPartners',
  'imports.batches',
  'privacy.retention',
  'privacy.erasures',
  'referrals.list',
  'events.list',
  'events.listParticipants',
  'events.listMeetings',
] as const;

export type ExportableMethod = (typeof exportableMethods)[number];

/**
 * How a column's raw value becomes a cell, mirroring the table's cell renderer: `date` is a
 * calendar date (YYYY-MM-DD), `instantDate`/`instant` an ISO instant shown as the Brussels
 * calendar date / date and time, `list` an array joined with commas.
 */
export const exportColumnTypes = [
  'text',
  'number',
  'date',
  'instantDate',
  'instant',
  'boolean',
  'enterpriseNumber',
  'phone',
  'list',
] as const;

export type ExportColumnType = (typeof exportColumnTypes)[number];

export const exportFormats = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

const columnKey = z
  .string()
  .regex(/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*(\+[A-Za-z_]\w*(\.[A-Za-z_]\w*)*)*$/, { message: 'Ongeldige kolomnaam.' })
  .max(100);

export const exportColumn = z
  .object({
    /** Property of the list's row (dots reach into nested objects; `a+b` joins two with a space). */
    key: columnKey,
    /** The header exactly as the table shows it. */
    header: z.string().trim().min(1, { message: 'Elke kolom heeft een titel nodig.' }).max(200),
    type: z.enum(exportColumnTypes).default('text'),
    /** Raw value -> shown label (statuses, kinds, yes/no), as the table's cells translate them. */
    labels: z.record(z.string().max(100), z.string().max(200)).optional(),
  })
  .strict();

export type ExportColumn = z.input<typeof exportColumn>;

export const exportTableInput = z
  .object({
    method: z.enum(exportableMethods, { message: 'Deze tabel kan niet geëxporteerd worden.' }),
    /** The list's own input as the table sends it (filters + sort); paging is done by the export. */
    input: z.unknown().optional(),
    columns: z.array(exportColumn).min(1, { message: 'Kies minstens één kolom om te exporteren.' }).max(100),
    format: z.enum(exportFormats),
    /** Base of the file name, e.g. `organisaties`; the date is added. */
    fileName: z
      .string()
      .trim()
      .regex(/^[\p{L}\p{N} _-]{1,80}$/u, { message: 'Ongeldige bestandsnaam.' })
      .default('export'),
    /** Chosen by the renderer so it can ask for `tableExport.progress` while the export runs. */
    jobId: z
      .string()
      .regex(/^[A-Za-z0-9-]{8,64}$/)
      .optional(),
  })
  .strict();

export type ExportedTable = { fileName: string; mimeType: string; contentBase64: string; rowCount: number };

export const exportProgressInput = z.object({ jobId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/) }).strict();

/** Rows written so far out of the list's total; null when no such export runs (any more). */
export type ExportProgress = { done: number; total: number } | null;

export const tableExportMethods = {
  'tableExport.export': method<typeof exportTableInput, ExportedTable>(exportTableInput),
  'tableExport.progress': method<typeof exportProgressInput, ExportProgress>(exportProgressInput),
} as const;
