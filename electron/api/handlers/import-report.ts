import type { AppContext } from '../../services/context';
import { AppError } from '../../services/errors';
import { buildErrorReport, rejectedRows } from '../../services/imports/report';
import type { ImportPlan } from '../../services/imports/commit';
import type { ErrorReportResult } from '../contract/imports';
import type { ImportSession } from './import-sessions';

type Kept = { plan: ImportPlan; session: ImportSession };

/**
 * A committed session is closed, but the Result step still offers the error report of what was
 * skipped: the last few committed plans are kept here (in memory, like the sessions).
 */
const committed = new WeakMap<AppContext, Map<string, Kept>>();
const KEEP = 4;

export function keepForReport(ctx: AppContext, session: ImportSession, plan: ImportPlan): void {
  const store = committed.get(ctx) ?? new Map<string, Kept>();
  committed.set(ctx, store);
  store.set(session.id, { plan, session });
  for (const id of store.keys()) if (store.size > KEEP) store.delete(id);
}

export function committedReport(ctx: AppContext, sessionId: string): Kept | null {
  return committed.get(ctx)?.get(sessionId) ?? null;
}

export async function errorReportOf(plan: ImportPlan, session: ImportSession): Promise<ErrorReportResult> {
  if (rejectedRows(plan).length === 0)
    throw new AppError('VALIDATION', 'Er zijn geen rijen met fouten: er is geen foutenrapport nodig.');
  const report = await buildErrorReport(plan, { columns: session.columns, rows: session.rows });
  return { fileName: report.fileName, mimeType: report.mimeType, contentBase64: Buffer.from(report.bytes).toString('base64') };
}
