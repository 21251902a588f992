import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { timestamps } from './columns';
import { colleges, themes } from './network';
import { organisations, contacts } from './organisations';

// The value lists live in the contract (plain data, no zod) so forms and tables share them.
import {
  knowledgeKindValues as knowledgeKinds,
  needSourceValues as needSources,
  needStatusValues as needStatuses,
  trajectStatusValues as trajectStatuses,
  trajectTypeValues as trajectTypes,
  urgencyValues as urgencies,
} from '../../electron/api/contract/dossier/lifecycle';

export { knowledgeKinds, needSources, needStatuses, trajectStatuses, trajectTypes, urgencies };

/** The collaboration a need leads to; a collective traject serves the needs of several organisations. */
export const trajects = sqliteTable(
  'trajects',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    title: text().notNull(),
    type: text({ enum: trajectTypes }).notNull(),
    status: text({ enum: trajectStatuses }).notNull().default('gepland'),
    description: text().notNull().default(''),
    studentsInvolved: integer().notNull().default(0),
    fundingSource: text().notNull().default(''),
    /** Euro cents. */
    fundingAmountCents: integer(),
    followUpFunding: text().notNull().default(''),
    followUpFundingCents: integer(),
    startDate: text(),
    endDate: text(),
    outcome: text().notNull().default(''),
    ...timestamps,
  },
  (t) => [index('trajects_type_idx').on(t.type), index('trajects_start_idx').on(t.startDate)],
);

export const trajectColleges = sqliteTable(
  'traject_colleges',
  {
    trajectId: integer()
      .notNull()
      .references(() => trajects.id, { onDelete: 'cascade' }),
    collegeId: integer()
      .notNull()
      .references(() => colleges.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.trajectId, t.collegeId] }), index('traject_colleges_college_idx').on(t.collegeId)],
);

/** A hulpvraag: one need of one organisation (or part of a collective traject). */
export const needs = sqliteTable(
  'needs',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: integer().references(() => organisations.id, { onDelete: 'restrict' }),
    /** The contact who asked, when known. */
    contactId: integer().references(() => contacts.id, { onDelete: 'set null' }),
    trajectId: integer().references(() => trajects.id, { onDelete: 'set null' }),
    title: text().notNull(),
    /** The question in the enterprise's own words. */
    question: text().notNull().default(''),
    smart: text().notNull().default(''),
    knowledgeKind: text({ enum: knowledgeKinds }),
    urgency: text({ enum: urgencies }).notNull().default('normaal'),
    budgetIndication: text().notNull().default(''),
    source: text({ enum: needSources }).notNull().default('andere'),
    owner: text().notNull().default(''),
    status: text({ enum: needStatuses }).notNull().default('nieuw'),
    stopReason: text().notNull().default(''),
    statusChangedAt: text().notNull(),
    closedAt: text(),
    ...timestamps,
  },
  (t) => [
    index('needs_status_idx').on(t.status),
    index('needs_organisation_idx').on(t.organisationId),
    index('needs_traject_idx').on(t.trajectId),
    index('needs_owner_idx').on(t.owner),
    index('needs_created_idx').on(t.createdAt),
    index('needs_updated_idx').on(t.updatedAt),
    // The needs list filtered on status in its default order (last changed first), read from
    // the index alone: no lookup and sort of the ~30k needs of a status.
    index('needs_status_updated_idx').on(t.status, t.updatedAt),
  ],
);

export const needThemes = sqliteTable(
  'need_themes',
  {
    needId: integer()
      .notNull()
      .references(() => needs.id, { onDelete: 'cascade' }),
    themeId: integer()
      .notNull()
      .references(() => themes.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.needId, t.themeId] }), index('need_themes_theme_idx').on(t.themeId)],
);

export const intakes = sqliteTable(
  'intakes',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    needId: integer()
      .notNull()
      .references(() => needs.id, { onDelete: 'restrict' }),
    date: text().notNull(),
    participants: text().notNull().default(''),
    needSummary: text().notNull().default(''),
    planning: text().notNull().default(''),
    budget: text().notNull().default(''),
    collaborationForms: text({ mode: 'json' }).$type<string[]>().notNull().default([]),
    projectShape: text().notNull().default(''),
    decision: text().notNull().default(''),
    nextSteps: text().notNull().default(''),
    held: integer({ mode: 'boolean' }).notNull().default(false),
    ...timestamps,
  },
  (t) => [index('intakes_need_idx').on(t.needId), index('intakes_date_idx').on(t.date)],
);

export const timelineKinds = [
  'notitie',
  'telefoon',
  'e-mail',
  'vergadering',
  'status',
  'doorverwijzing',
  'import',
  'intake',
  'traject',
  'taak',
  'bijlage',
  'samenvoeging',
  'wijziging',
] as const;

/** What happened in a dossier: logged by hand (notes, calls, mails, meetings) or by the app. */
export const timelineEntries = sqliteTable(
  'timeline_entries',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    needId: integer().references(() => needs.id, { onDelete: 'restrict' }),
    organisationId: integer().references(() => organisations.id, { onDelete: 'restrict' }),
    contactId: integer().references(() => contacts.id, { onDelete: 'set null' }),
    kind: text({ enum: timelineKinds }).notNull(),
    /** When it happened (may be earlier than when it was logged). */
    at: text().notNull(),
    actor: text().notNull(),
    summary: text().notNull(),
    body: text().notNull().default(''),
    /** Confidential text is shown in the dossier but never copied into the audit history. */
    confidential: integer({ mode: 'boolean' }).notNull().default(false),
    data: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    createdAt: text().notNull(),
  },
  (t) => [index('timeline_need_idx').on(t.needId, t.at), index('timeline_organisation_idx').on(t.organisationId, t.at)],
);

export const tasks = sqliteTable(
  'tasks',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    needId: integer().references(() => needs.id, { onDelete: 'restrict' }),
    organisationId: integer().references(() => organisations.id, { onDelete: 'restrict' }),
    title: text().notNull(),
    dueDate: text().notNull(),
    assignee: text().notNull().default(''),
    doneAt: text(),
    ...timestamps,
  },
  (t) => [index('tasks_due_idx').on(t.doneAt, t.dueDate), index('tasks_need_idx').on(t.needId)],
);

/** Files copied into the data folder under their content hash; opened with the system viewer, never run. */
export const attachments = sqliteTable(
  'attachments',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    needId: integer().references(() => needs.id, { onDelete: 'restrict' }),
    organisationId: integer().references(() => organisations.id, { onDelete: 'restrict' }),
    contactId: integer().references(() => contacts.id, { onDelete: 'set null' }),
    fileName: text().notNull(),
    sha256: text().notNull(),
    sizeBytes: integer().notNull(),
    mimeType: text().notNull().default('application/octet-stream'),
    addedAt: text().notNull(),
    actor: text().notNull(),
    removedAt: text(),
  },
  (t) => [
    index('attachments_need_idx').on(t.needId),
    index('attachments_organisation_idx').on(t.organisationId),
    index('attachments_sha_idx').on(t.sha256),
  ],
);
