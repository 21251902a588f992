import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../api/contract';
import type { ScheduleJob } from '../../api/contract/event/schedule';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { runSchedule } from './schedule';

type Job = ScheduleJob & { eventId: number; finishedAt: number | null };

// Runs live only as long as the process: a job is a handle for polling progress, not data.
const jobsByContext = new WeakMap<AppContext, Map<string, Job>>();
const KEEP_MS = 10 * 60 * 1000;

function jobsOf(ctx: AppContext): Map<string, Job> {
  let jobs = jobsByContext.get(ctx);
  if (!jobs) {
    jobs = new Map();
    jobsByContext.set(ctx, jobs);
  }
  const now = Date.now();
  for (const [id, job] of jobs) if (job.finishedAt !== null && now - job.finishedAt > KEEP_MS) jobs.delete(id);
  return jobs;
}

/** Starts a scheduler run in the background; the page polls `events.scheduleJob` for progress. */
export function startSchedule(ctx: AppContext, input: ParsedInputOf<'events.startSchedule'>): { jobId: string } {
  const jobs = jobsOf(ctx);
  for (const job of jobs.values()) {
    if (job.eventId === input.eventId && job.state === 'running')
      throw new AppError('CONFLICT', 'De planner loopt al voor dit evenement.');
  }
  const job: Job = {
    jobId: randomUUID(),
    eventId: input.eventId,
    state: 'running',
    fraction: 0,
    placed: 0,
    outcome: null,
    error: null,
    finishedAt: null,
  };
  jobs.set(job.jobId, job);
  runSchedule(ctx, input, (p) => {
    job.fraction = p.fraction;
    job.placed = p.placed;
  }).then(
    (outcome) => {
      Object.assign(job, { state: 'done', fraction: 1, placed: outcome.placed, outcome, finishedAt: Date.now() });
    },
    (error: unknown) => {
      const message = error instanceof AppError ? error.message : 'De planner liep onverwacht vast; er is niets opgeslagen.';
      Object.assign(job, { state: 'failed', error: message, finishedAt: Date.now() });
    },
  );
  return { jobId: job.jobId };
}

export function scheduleJob(ctx: AppContext, jobId: string): ScheduleJob {
  const job = jobsOf(ctx).get(jobId);
  if (!job) throw new AppError('NOT_FOUND', 'Deze planningsopdracht bestaat niet (meer).');
  const { eventId: _e, finishedAt: _f, ...visible } = job;
  return visible;
}
