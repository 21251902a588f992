/**
 * The solve on two cores: this thread runs solveNow (search, ascent proving lower bounds, LNS),
 * a helper worker (schedule-helper.ts) runs the look-ahead SAT search (lookahead.ts); they share
 * bounds and best breaks (peer.ts), stop as soon as the two together prove the optimum, and the
 * result is the better schedule with the best proven bound. Both threads keep the same deadline.
 * Only where the SAT method applies, the problem is not tiny and the machine has a second core;
 * any failure of the helper leaves the single-thread result.
 */
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startEntryWorker } from '../../worker-start';
import { buildModel, type Model } from '../model';
import { newPeerBuffer, peerDone, setPeer, sharedLowerBound, stopPeer } from '../peer';
import { loadSat } from '../sat';
import { exactApplies, solveNow } from '../solve';
import type { ScheduleOptions, ScheduleProblem, ScheduleResult } from '../types';
import type { HelperAnswer, HelperRequest } from './protocol';

/** Below this many meetings the SAT method answers in well under a second: no second thread. */
const MIN_MEETINGS = 40;
const MIN_LIMIT_MS = 1500;

type Helper = { worker: Worker; answer: Promise<HelperAnswer | null> };

function startHelper(problem: ScheduleProblem, peer: SharedArrayBuffer, deadline: number, seed: number): Helper | null {
  const request: HelperRequest = { problem, peer, deadline, satSeed: 1 + (seed % 1000) };
  let worker: Worker;
  try {
    worker = startEntryWorker(import.meta.url, 'schedule-helper', {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: 512 },
      stdout: false,
      stderr: false,
    });
  } catch {
    return null;
  }
  const answer = new Promise<HelperAnswer | null>((resolve) => {
    worker.once('message', (message: HelperAnswer) => resolve(message));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
  return { worker, answer };
}

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), Math.max(0, ms));
    void promise.then((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

/** The main result, improved by the helper's schedule and the bound the two proved together. */
function combine(
  model: Model,
  main: ScheduleResult,
  helper: HelperAnswer | null,
  lowerBound: number,
  started: number,
): ScheduleResult {
  if (main.status === 'infeasible') return main;
  const bound = Math.max(main.breaksLowerBound ?? 0, lowerBound, helper?.lowerBound ?? 0);
  let result: ScheduleResult = { ...main, breaksLowerBound: bound };
  const mainComplete = main.status !== 'unknown' && main.placed === model.M;
  if (helper?.slot && helper.breaks !== null && (!mainComplete || helper.breaks < main.breaks)) {
    let placedWeight = 0;
    for (let m = 0; m < model.M; m++) placedWeight += model.weight[m]!;
    result = {
      ...result,
      slotOf: helper.slot,
      placed: model.M,
      placedWeight,
      breaks: helper.breaks,
      reasons: [],
      status: 'feasible',
    };
  }
  if (result.status !== 'unknown' && result.placed === model.M && result.breaks <= bound) result.status = 'optimal';
  result.seconds = (Date.now() - started) / 1000;
  return result;
}

/**
 * solveNow on two threads where that helps (see above), else on this one. Loads the SAT module
 * first (which also yields, so the caller's code after the call runs before the CPU work).
 */
export async function solvePortfolio(
  problem: ScheduleProblem,
  options: ScheduleOptions,
  shouldStop: () => boolean,
  started = Date.now(),
): Promise<ScheduleResult> {
  await loadSat();
  const model = buildModel(problem);
  const useHelper =
    model.M >= MIN_MEETINGS && options.timeLimitMs >= MIN_LIMIT_MS && os.availableParallelism() >= 2 && exactApplies(model);
  const limit = options.timeLimitMs;
  const deadline = started + Math.max(0, limit - Math.min(350, limit * 0.035));
  const peer = newPeerBuffer();
  const helper = useHelper ? startHelper(problem, peer, deadline, options.seed ?? 1) : null;
  if (!helper) return solveNow(problem, options, shouldStop, started);
  setPeer(peer, 0);
  let main: ScheduleResult;
  let together: number;
  try {
    main = solveNow(problem, options, () => shouldStop() || peerDone(), started);
    together = sharedLowerBound();
  } finally {
    setPeer(null, 0);
    stopPeer(peer);
  }
  // The helper stops at the flag within milliseconds; a proof or an infeasibility needs nothing from it.
  const needed = main.status === 'feasible' || main.status === 'unknown';
  const answer = needed ? await withTimeout(helper.answer, started + limit - 100 - Date.now(), null) : null;
  void helper.worker.terminate();
  return combine(model, main, answer, together, started);
}

/** In-process solve (the bench, the CLI, the tests); the helper thread where it applies. */
export function solveSchedule(problem: ScheduleProblem, options: ScheduleOptions): Promise<ScheduleResult> {
  return solvePortfolio(problem, options, () => options.signal?.aborted === true);
}
