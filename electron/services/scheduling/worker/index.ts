/**
 * runScheduleInWorker: solveSchedule in a worker thread with a memory limit, so a long solve never
 * blocks the main process (UI, IPC). The solver honours the time limit itself; a watchdog raises
 * the shared stop flag shortly after it (and on abort), and only if the worker still does not
 * answer is it terminated. Worker loading is electron/services/worker-start.ts: from source
 * (tsx, vitest) a bootstrap registers tsx's loader; in the built app the entry is
 * out/main/schedule-worker.js (electron.config.ts main input 'schedule-worker').
 */
import type { Worker } from 'node:worker_threads';
import { AppError } from '../../errors';
import { startEntryWorker, toErrorCode } from '../../worker-start';
import type { ScheduleOptions, ScheduleProblem, ScheduleResult } from '../types';
import type { ScheduleRequest, ScheduleWorkerMessage } from './protocol';

export type WorkerRunOptions = ScheduleOptions & { maxOldGenerationSizeMb?: number; workerUrl?: URL };

const CRASHED = 'De planner liep onverwacht vast. Probeer het opnieuw met minder gesprekken of een kortere tijdslimiet.';
const OUT_OF_MEMORY = 'De planner had meer geheugen nodig dan toegestaan. Verklein het evenement of plan in delen.';

export function runScheduleInWorker(problem: ScheduleProblem, options: WorkerRunOptions): Promise<ScheduleResult> {
  const stopBuffer = new SharedArrayBuffer(4);
  const stop = new Int32Array(stopBuffer);
  return new Promise<ScheduleResult>((resolve, reject) => {
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    let worker: Worker;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      options.signal?.removeEventListener('abort', askStop);
      fn();
    };
    const askStop = () => {
      Atomics.store(stop, 0, 1);
      // A solver that ignores the flag for 5 s more is ended; without a result that is a failure.
      timers.push(
        setTimeout(() => {
          void worker.terminate();
          settle(() => reject(new AppError('INTERNAL', CRASHED)));
        }, 5000),
      );
    };
    const request: ScheduleRequest = {
      problem,
      options: { timeLimitMs: options.timeLimitMs, ...(options.seed !== undefined ? { seed: options.seed } : {}) },
      stop: stopBuffer,
    };
    try {
      worker = startEntryWorker(
        import.meta.url,
        'schedule-worker',
        {
          workerData: request,
          resourceLimits: { maxOldGenerationSizeMb: options.maxOldGenerationSizeMb ?? 512 },
          stdout: false,
          stderr: false,
        },
        options.workerUrl,
      );
    } catch {
      reject(new AppError('INTERNAL', CRASHED));
      return;
    }
    if (options.signal?.aborted) askStop();
    options.signal?.addEventListener('abort', askStop);
    // The proof step may take up to 2 s past the limit; beyond that, ask the worker to stop.
    timers.push(setTimeout(askStop, options.timeLimitMs + 3000));
    worker.on('message', (message: ScheduleWorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'done') settle(() => resolve(message.result));
      else settle(() => reject(new AppError(toErrorCode(message.code), message.message)));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      settle(() => reject(new AppError('INTERNAL', error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? OUT_OF_MEMORY : CRASHED)));
    });
    worker.on('exit', () => settle(() => reject(new AppError('INTERNAL', CRASHED))));
  });
}
