/**
 * Progress of long tasks (an import's parse, validate/match and commit; a schedule run; a large
 * report), for a progress bar in the renderer. ONE generic mechanism for every area:
 *
 *   1. the renderer makes a task id (`newTaskId()` in renderer/src/hooks/useTaskProgress.ts) and
 *      passes it as `taskId` in the input of the long call;
 *   2. the service reports with `reportProgress(ctx, taskId, { phase, done, total })` as it goes
 *      (cheap: it only overwrites one entry), and `endTask` when it is done;
 *   3. while the call runs, the renderer polls `tasks.progress({ taskId })` (useTaskProgress).
 *
 * Polling through the ordinary contract works unchanged over Electron IPC and browser-mode HTTP,
 * so nothing new crosses the boundary. A poll is only answered while the main thread is free:
 * a long synchronous step should run in a worker (its messages feed reportProgress) or yield
 * between chunks (`await yieldToPolls()`); a single SQLite transaction cannot yield, so a service
 * reports the phase before it and the result after it.
 */
import type { AppContext } from '../context';

/** `phase` is a short key the renderer translates (e.g. 'read', 'validate', 'match', 'commit'). */
export type TaskProgress = { taskId: string; phase: string; done: number; total: number; finished: boolean };

const MAX_TASKS = 50;
const stores = new WeakMap<AppContext, Map<string, TaskProgress>>();

function storeOf(ctx: AppContext): Map<string, TaskProgress> {
  let store = stores.get(ctx);
  if (!store) {
    store = new Map();
    stores.set(ctx, store);
  }
  return store;
}

export function reportProgress(
  ctx: AppContext,
  taskId: string | undefined,
  progress: { phase: string; done: number; total: number },
): void {
  if (!taskId) return;
  const store = storeOf(ctx);
  // Keep the map small: a renderer that never polled its finished tasks must not grow it.
  if (!store.has(taskId) && store.size >= MAX_TASKS) {
    const oldest = store.keys().next().value;
    if (oldest !== undefined) store.delete(oldest);
  }
  store.delete(taskId);
  store.set(taskId, { taskId, ...progress, finished: false });
}

/** The task is over (done or failed); a last poll sees `finished`. */
export function endTask(ctx: AppContext, taskId: string | undefined): void {
  if (!taskId) return;
  const entry = storeOf(ctx).get(taskId);
  if (entry) entry.finished = true;
}

export function taskProgress(ctx: AppContext, taskId: string): TaskProgress | null {
  return storeOf(ctx).get(taskId) ?? null;
}

/** Lets the event loop answer waiting requests (a progress poll) between chunks of synchronous work. */
export function yieldToPolls(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
