/**
 * Worker entry (node:worker_threads): runs the solver off the main thread. Started by
 * runScheduleInWorker; never imported by the app. The caller stops it through a shared flag,
 * which the search polls, so the best schedule so far still comes back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../errors';
import { solvePortfolio } from './portfolio';
import type { ScheduleRequest, ScheduleWorkerMessage } from './protocol';

const port = parentPort;
if (!port) throw new Error('schedule-worker must run as a worker thread');
const post = (message: ScheduleWorkerMessage) => port.postMessage(message);
const request = workerData as ScheduleRequest;
const stop = new Int32Array(request.stop);

const started = Date.now();
// The SAT module (WebAssembly) loads once per worker, inside the time limit.
solvePortfolio(
  request.problem,
  { ...request.options, onProgress: (progress) => post({ type: 'progress', progress }) },
  () => Atomics.load(stop, 0) === 1,
  started,
)
  .then((result) => post({ type: 'done', result }))
  .catch(fail);

function fail(error: unknown): void {
  if (error instanceof AppError) post({ type: 'failed', code: error.code, message: error.message });
  else
    post({
      type: 'failed',
      code: 'INTERNAL',
      message: `De planner liep vast: ${error instanceof Error ? error.message : String(error)}`,
    });
}
