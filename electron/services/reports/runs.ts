import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../files/temp-dirs';
import { desc, eq } from 'drizzle-orm';
import { events, reportRuns } from '../../../db/schema';
import type { BuiltReport, ReportKindValue, ReportRunRow } from '../../api/contract/reports';
import { recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { checkPeriod } from './period';
import { writeVlaioReport, type ReportOptions, type ReportOutcome } from './vlaio-report';
import { writeNetworkReport } from './network-report';
import { writeEventReport } from './event-report';

export type BuildReportInput = ReportOptions & { kind: ReportKindValue };

const writers: Record<ReportKindValue, (ctx: AppContext, options: ReportOptions, target: string) => Promise<ReportOutcome>> = {
  vlaio: writeVlaioReport,
  network: writeNetworkReport,
  event: writeEventReport,
};

const kindNames: Record<ReportKindValue, string> = {
  vlaio: 'VLAIO-activiteitenrapport',
  network: 'Netwerkrapport',
  event: 'Eventrapport',
};

export function reportFileName(input: BuildReportInput): string {
  const scope = input.kind === 'event' && input.eventId ? `-event-${input.eventId}` : '';
  return `Blikopener ${kindNames[input.kind]}${scope} ${input.from} tot ${input.to}${input.pseudonymised ? ' (gepseudonimiseerd)' : ''}.xlsx`;
}

function checkEvent(ctx: AppContext, eventId: number | undefined): void {
  if (eventId === undefined) return;
  const found = ctx.db().select({ id: events.id }).from(events).where(eq(events.id, eventId)).get();
  if (!found) {
    throw new AppError('VALIDATION', `Evenement ${eventId} bestaat niet.`, {
      issues: [{ path: 'eventId', message: 'Kies een bestaand evenement.' }],
    });
  }
}

function toRow(r: typeof reportRuns.$inferSelect, eventName: string | null): ReportRunRow {
  return {
    id: r.id,
    kind: r.kind,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    eventId: r.eventId,
    eventName,
    pseudonymised: r.pseudonymised,
    fileName: r.fileName,
    figures: r.figures,
    createdAt: r.createdAt,
    actor: r.actor,
  };
}

/**
 * Builds a report into `target` (temp file + rename) and records the run with its parameters and
 * figures, in one transaction with its audit row. Nothing is recorded when writing fails.
 */
export async function buildReportFile(
  ctx: AppContext,
  input: BuildReportInput,
  target: string,
): Promise<{ run: ReportRunRow; empty: boolean }> {
  checkPeriod(input);
  checkEvent(ctx, input.eventId);
  const outcome = await writers[input.kind](ctx, input, target);
  const at = ctx.now().toISOString();
  const params = {
    kind: input.kind,
    from: input.from,
    to: input.to,
    eventId: input.eventId ?? null,
    pseudonymised: input.pseudonymised,
  };
  const run = ctx.db().transaction((tx) => {
    const inserted = tx
      .insert(reportRuns)
      .values({
        kind: input.kind,
        periodFrom: input.from,
        periodTo: input.to,
        eventId: input.eventId ?? null,
        pseudonymised: input.pseudonymised,
        params: {},
        fileName: path.basename(target),
        figures: outcome.figures,
        createdAt: at,
        actor: ctx.actor,
      })
      .returning()
      .get();
    recordAudit(tx, ctx.actor, at, { entity: 'report_run', entityId: inserted.id, action: 'create', changes: params });
    return inserted;
  });
  return { run: toRow(run, eventName(ctx, run.eventId)), empty: outcome.empty };
}

function eventName(ctx: AppContext, id: number | null): string | null {
  if (id === null) return null;
  return ctx.db().select({ name: events.name }).from(events).where(eq(events.id, id)).get()?.name ?? null;
}

/** For the renderer: build into a private temp folder, hand the bytes over, leave nothing behind. */
export async function buildReportForDownload(ctx: AppContext, input: BuildReportInput): Promise<BuiltReport> {
  const dir = makeTempDir('report');
  try {
    const fileName = reportFileName(input);
    const { run, empty } = await buildReportFile(ctx, input, path.join(dir, fileName));
    const contentBase64 = fs.readFileSync(path.join(dir, fileName)).toString('base64');
    return { run, fileName, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', contentBase64, empty };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function rebuildReport(ctx: AppContext, id: number): Promise<BuiltReport> {
  const run = ctx.db().select().from(reportRuns).where(eq(reportRuns.id, id)).get();
  if (!run) throw new AppError('NOT_FOUND', `Rapport ${id} bestaat niet (meer).`);
  return buildReportForDownload(ctx, {
    kind: run.kind,
    from: run.periodFrom,
    to: run.periodTo,
    pseudonymised: run.pseudonymised,
    ...(run.eventId !== null ? { eventId: run.eventId } : {}),
  });
}

/** The last 50 reports, newest first. */
export function listReportRuns(ctx: AppContext): ReportRunRow[] {
  const rows = ctx
    .db()
    .select({ run: reportRuns, eventName: events.name })
    .from(reportRuns)
    .leftJoin(events, eq(events.id, reportRuns.eventId))
    .orderBy(desc(reportRuns.createdAt), desc(reportRuns.id))
    .limit(50)
    .all();
  return rows.map((r) => toRow(r.run, r.eventName));
}

export function reportEventOptions(ctx: AppContext) {
  return ctx
    .db()
    .select({ id: events.id, name: events.name, date: events.date, status: events.status })
    .from(events)
    .orderBy(desc(events.date), desc(events.id))
    .limit(500)
    .all();
}
