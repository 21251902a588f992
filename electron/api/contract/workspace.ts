import { z } from './zod';
import { method } from './method';
import { emptyInput, idInput, type Page } from './common';

/* ---------- Global search (Ctrl/Cmd+K) ---------- */

export const searchKinds = ['organisation', 'contact', 'need', 'expert'] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchQueryInput = z
  .object({
    text: z.string().max(200),
    /** Results per kind. */
    limit: z.number().int().min(1).max(50).default(6),
  })
  .strict();

export type SearchHit = {
  kind: SearchKind;
  id: number;
  title: string;
  subtitle: string;
  /** The renderer route to open, e.g. `#/organisaties/12`. */
  href: string;
  /** Need status code (the renderer shows its label); null for other kinds. */
  status: string | null;
};

export type SearchGroup = { kind: SearchKind; hits: SearchHit[] };

/**
 * Groups in a fixed order (organisations, contacts, needs, experts); empty groups left out.
 * `total` counts the matches ranked; `capped` says there were more (a broad query: type on).
 */
export type SearchResult = { groups: SearchGroup[]; total: number; capped: boolean; tookMs: number };

/* ---------- Dashboard ---------- */

export type NeedStatusCount = { status: string; count: number };

export type DashboardSummary = {
  /** Open needs (not afgerond or gestopt), one entry per status in lifecycle order, zeros included. */
  openNeedsByStatus: NeedStatusCount[];
  openNeeds: number;
  overdueTasks: number;
  /** The Brussels calendar date the overdue count is measured against (YYYY-MM-DD). */
  today: string;
};

export const dashboardOverdueInput = z
  .object({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(10),
  })
  .strict();

export type DashboardOverdueTask = {
  id: number;
  title: string;
  dueDate: string;
  daysOverdue: number;
  assignee: string;
  needId: number | null;
  needTitle: string | null;
  organisationId: number | null;
  organisationName: string | null;
  href: string | null;
};

export const activityInput = z
  .object({ limit: z.number().int().min(1).max(100).default(15) })
  .strict()
  .optional();

/**
 * One line of recent activity. The renderer words it (nl/en) from these parts: `timeline` entries
 * carry the summary the coordinator or the app wrote; `audit` entries carry entity + action + fields.
 */
export type ActivityItem = {
  key: string;
  source: 'timeline' | 'audit';
  at: string;
  actor: string;
  /** Timeline kind (notitie, status, ...) or audited entity (organisation, need, ...). */
  kind: string;
  /** Audit action (create, update, ...); empty for timeline entries. */
  action: string;
  /** Timeline summary; empty for audit entries. */
  summary: string;
  /** Names of the changed fields (audit updates). */
  fields: string[];
  /** What it is about: a dossier title, an organisation or contact name; null when unknown or erased. */
  subject: string | null;
  href: string | null;
};

/* ---------- Saved table views ---------- */

const tableKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-zA-Z0-9._-]{0,63}$/, 'Geen geldige tabelnaam.');

const MAX_STATE_CHARS = 20_000;

/** The table state to keep: filters, sort and column visibility, as one JSON object. */
export const viewState = z
  .record(z.string(), z.unknown())
  .refine((value) => !Array.isArray(value), { message: 'De weergave moet een object zijn.' })
  .refine((value) => JSON.stringify(value).length <= MAX_STATE_CHARS, {
    message: 'Deze weergave is te groot om te bewaren.',
  });

export const listViewsInput = z.object({ tableKey }).strict();

export const saveViewInput = z
  .object({
    tableKey,
    name: z.string().trim().min(1, 'Geef de weergave een naam.').max(80, 'Een naam heeft hoogstens 80 tekens.'),
    state: viewState,
    /** Replace an existing view with this name instead of refusing. */
    overwrite: z.boolean().default(false),
  })
  .strict();

export type SavedView = {
  id: number;
  tableKey: string;
  name: string;
  state: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
};

export const workspaceMethods = {
  'search.query': method<typeof searchQueryInput, SearchResult>(searchQueryInput),
  'dashboard.summary': method<typeof emptyInput, DashboardSummary>(emptyInput),
  'dashboard.overdueTasks': method<typeof dashboardOverdueInput, Page<DashboardOverdueTask>>(dashboardOverdueInput),
  'dashboard.activity': method<typeof activityInput, ActivityItem[]>(activityInput),
  'views.list': method<typeof listViewsInput, SavedView[]>(listViewsInput),
  'views.save': method<typeof saveViewInput, SavedView>(saveViewInput),
  'views.remove': method<typeof idInput, { removed: boolean }>(idInput),
} as const satisfies Record<string, ReturnType<typeof method>>;
