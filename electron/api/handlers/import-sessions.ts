import crypto from 'node:crypto';
import type { AppContext } from '../../services/context';
import { AppError } from '../../services/errors';
import type { Column, DataRow } from '../../services/imports/header';
import type { ImportPlan, ImportPolicy, RowOverride } from '../../services/imports/commit';
import type { Workbook } from '../../services/imports/read';
import type { Target } from '../../services/imports/targets';

/** The coordinator's choices a plan is made from. */
export type PlanChoices = {
  mapping?: { column: number; target: Target }[];
  policy: ImportPolicy;
  overrides?: RowOverride[];
  eventId?: number;
};

/**
 * An uploaded file waits here between the wizard's steps: it crosses the boundary once, and
 * plans (which can hold thousands of rows) stay in the main process; the renderer pages them.
 */
export type ImportSession = {
  id: string;
  fileName: string;
  bytes: Uint8Array;
  /** The file as read once (in the worker) at upload; choosing another sheet does not read it again. */
  workbook: Workbook;
  /** The sheet the columns and rows come from. */
  sheet: string;
  columns: Column[];
  rows: DataRow[];
  touchedAt: number;
  /** The last plan and the input it was made from, so paging does not plan again. */
  planned: { key: string; choices: PlanChoices; plan: ImportPlan } | null;
};

/** A few files at a time is plenty for one coordinator; the oldest goes first. */
const MAX_SESSIONS = 4;
const MAX_AGE_MS = 2 * 60 * 60 * 1000;

const stores = new WeakMap<AppContext, Map<string, ImportSession>>();

function storeOf(ctx: AppContext): Map<string, ImportSession> {
  let store = stores.get(ctx);
  if (!store) {
    store = new Map();
    stores.set(ctx, store);
  }
  return store;
}

export function openSession(ctx: AppContext, session: Omit<ImportSession, 'id' | 'touchedAt' | 'planned'>): ImportSession {
  const store = storeOf(ctx);
  const now = Date.now();
  for (const [id, s] of store) if (now - s.touchedAt > MAX_AGE_MS) store.delete(id);
  while (store.size >= MAX_SESSIONS) {
    const oldest = [...store.values()].sort((a, b) => a.touchedAt - b.touchedAt)[0];
    if (!oldest) break;
    store.delete(oldest.id);
  }
  const created: ImportSession = { ...session, id: crypto.randomUUID(), touchedAt: now, planned: null };
  store.set(created.id, created);
  return created;
}

export function requireSession(ctx: AppContext, id: string): ImportSession {
  const session = storeOf(ctx).get(id);
  if (!session)
    throw new AppError('NOT_FOUND', 'Dit importbestand is niet meer beschikbaar. Kies het bestand opnieuw.', {
      issues: [{ path: 'sessionId', message: 'Kies het bestand opnieuw.' }],
    });
  session.touchedAt = Date.now();
  return session;
}

export function closeSession(ctx: AppContext, id: string): void {
  storeOf(ctx).delete(id);
}
