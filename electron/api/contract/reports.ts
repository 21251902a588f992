import { z } from './zod';
import { method } from './method';
import { emptyInput } from './common';
import { dateField } from './rules/fields';

export const reportKindValues = ['vlaio', 'network', 'event'] as const;
export type ReportKindValue = (typeof reportKindValues)[number];

/**
 * The funder's figures (DOMAIN.md "What the funder wants to see") for one period, with stable keys.
 * Rates are fractions (0..1); lead times are whole-day medians/quartiles (0 when their count is 0);
 * money is in euro.
 */
export const kpiKeys = [
  'organisationsReached',
  'needsRegistered',
  'eventsHeld',
  'meetingsHeld',
  'meetingsCollaborationPossible',
  'intakesHeld',
  'referralsSent',
  'referralsToHogeschool',
  'referralsToUniversiteit',
  'referralsToBedrijf',
  'referralsAccepted',
  'referralsDeclined',
  'referralAcceptanceRate',
  'referralsAnswered',
  'referralResponseDaysMedian',
  'trajectsStarted',
  'trajectsStudentenproject',
  'trajectsPraktijkgerichtOnderzoek',
  'trajectsDienstverlening',
  'trajectsCollectief',
  'trajectsDoorverwezen',
  'studentsInvolved',
  'followUpFundingTrajects',
  'followUpFundingEuro',
  'leadIntakeCount',
  'leadIntakeDaysMedian',
  'leadIntakeDaysQ1',
  'leadIntakeDaysQ3',
  'leadTrajectCount',
  'leadTrajectDaysMedian',
  'leadTrajectDaysQ1',
  'leadTrajectDaysQ3',
  'leadTotalCount',
  'leadTotalDaysMedian',
  'leadTotalDaysQ1',
  'leadTotalDaysQ3',
] as const;
export type KpiKey = (typeof kpiKeys)[number];
export type Kpis = Record<KpiKey, number>;

export const periodInput = { from: dateField, to: dateField };

export const kpisInput = z.object(periodInput).strict();
export type KpiResult = { from: string; to: string; kpis: Kpis };

export const buildReportInput = z
  .object({
    kind: z.enum(reportKindValues),
    ...periodInput,
    eventId: z.number().int().positive().optional(),
    pseudonymised: z.boolean().default(false),
  })
  .strict();

export const rebuildInput = z.object({ id: z.number().int().positive() }).strict();

export type ReportRunRow = {
  id: number;
  kind: ReportKindValue;
  periodFrom: string;
  periodTo: string;
  eventId: number | null;
  eventName: string | null;
  pseudonymised: boolean;
  fileName: string;
  figures: Record<string, number>;
  createdAt: string;
  actor: string;
};

/** A built workbook handed to the renderer to save (a download; Electron asks where to save it). */
export type BuiltReport = { run: ReportRunRow; fileName: string; mimeType: string; contentBase64: string; empty: boolean };

export type ReportEventOption = { id: number; name: string; date: string; status: string };

export const reportMethods = {
  'reports.kpis': method<typeof kpisInput, KpiResult>(kpisInput),
  'reports.build': method<typeof buildReportInput, BuiltReport>(buildReportInput),
  'reports.rebuild': method<typeof rebuildInput, BuiltReport>(rebuildInput),
  'reports.runs': method<typeof emptyInput, ReportRunRow[]>(emptyInput),
  'reports.events': method<typeof emptyInput, ReportEventOption[]>(emptyInput),
} as const;
