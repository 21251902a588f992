import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

export const reportKinds = ['vlaio', 'network', 'event'] as const;
export type ReportKind = (typeof reportKinds)[number];

/** The reports built so far, with their parameters, so the Rapporten page can list and rebuild them. */
export const reportRuns = sqliteTable(
  'report_runs',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    kind: text({ enum: reportKinds }).notNull(),
    periodFrom: text().notNull(),
    periodTo: text().notNull(),
    eventId: integer(),
    pseudonymised: integer({ mode: 'boolean' }).notNull().default(false),
    /** Other parameters (scope filters). */
    params: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    fileName: text().notNull(),
    /** The KPI figures as written, so a rebuild can be compared. */
    figures: text({ mode: 'json' }).$type<Record<string, number>>().notNull().default({}),
    createdAt: text().notNull(),
    actor: text().notNull(),
  },
  (t) => [index('report_runs_created_idx').on(t.createdAt)],
);
