import { computeKpis } from '../../services/reports/kpis';
import { buildReportForDownload, listReportRuns, rebuildReport, reportEventOptions } from '../../services/reports/runs';
import type { HandlerModule } from './types';

export const reportHandlers: HandlerModule = {
  'reports.kpis': (ctx, input) => ({ from: input.from, to: input.to, kpis: computeKpis(ctx, input) }),
  'reports.build': (ctx, input) =>
    buildReportForDownload(ctx, {
      kind: input.kind,
      from: input.from,
      to: input.to,
      pseudonymised: input.pseudonymised,
      ...(input.eventId !== undefined ? { eventId: input.eventId } : {}),
    }),
  'reports.rebuild': (ctx, input) => rebuildReport(ctx, input.id),
  'reports.runs': (ctx) => listReportRuns(ctx),
  'reports.events': (ctx) => reportEventOptions(ctx),
};
