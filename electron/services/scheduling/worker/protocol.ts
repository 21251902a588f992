import type { ScheduleOptions, ScheduleProblem, ScheduleProgress, ScheduleResult } from '../types';

export type ScheduleRequest = {
  problem: ScheduleProblem;
  options: Pick<ScheduleOptions, 'timeLimitMs' | 'seed'>;
  /** Int32Array over a SharedArrayBuffer: [0] = 1 asks the solver to stop and return its best. */
  stop: SharedArrayBuffer;
};

export type ScheduleWorkerMessage =
  | { type: 'progress'; progress: ScheduleProgress }
  | { type: 'done'; result: ScheduleResult }
  | { type: 'failed'; code: string; message: string };

/** The portfolio's helper thread (schedule-helper.ts): what it gets and what it answers. */
export type HelperRequest = {
  problem: ScheduleProblem;
  /** peer.ts's shared bounds; the main thread's stop flag is in it too. */
  peer: SharedArrayBuffer;
  deadline: number;
  satSeed: number;
};

export type HelperAnswer = { slot: number[] | null; breaks: number | null; lowerBound: number };
