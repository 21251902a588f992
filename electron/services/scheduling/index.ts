/**
 * The B2B meeting scheduler (pure TypeScript: no database, no electron).
 * - solveSchedule(problem, options): in-process; runScheduleInWorker: the same off the main thread.
 * - upperBound(problem): meetings that can be placed at most ("placed X of at most Y").
 * - assignTables(problem, slotOf, lockedTables?): table numbers per meeting.
 * - parseDzn / checkSchedule: the benchmark's file format and an independent checker.
 */
export type * from './types';
export { solveSchedule } from './worker/portfolio';
export { runScheduleInWorker, type WorkerRunOptions } from './worker/index';
export { upperBound } from './bounds';
export { assignTables } from './tables';
export { parseDzn } from './dzn';
export { checkSchedule, type CheckResult } from './check';
