import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkSchedule,
  parseDzn,
  runScheduleInWorker,
  type ScheduleProblem,
  type ScheduleProgress,
} from '../../../electron/services/scheduling';
import { repoRoot } from '../../helpers/db';

const instance = path.join(repoRoot, '..', 'shared', 'bench', 'b2b', 'instances', 'forumt-14.prec25.dzn');

/** 12 enterprises x 6 academics, every pair requested optionally, 8 slots: not everything fits. */
function event(): ScheduleProblem {
  const meetings = [];
  for (let e = 0; e < 12; e++)
    for (let a = 12; a < 18; a++) meetings.push({ a: e, b: a, weight: (e + a) % 3 === 0 ? 10 : 1, required: false });
  meetings[0] = { ...meetings[0]!, fixedSlot: 3 };
  return {
    slots: 8,
    tables: 6,
    participants: 18,
    forbidden: Array.from({ length: 18 }, () => []),
    meetings,
    precedences: [],
    fairness: 2,
  };
}

describe('runScheduleInWorker', () => {
  it('solves off the main thread with progress, keeps the lock and returns the best at the time limit', async () => {
    const progress: ScheduleProgress[] = [];
    const problem = event();
    const started = Date.now();
    const result = await runScheduleInWorker(problem, { timeLimitMs: 1500, onProgress: (p) => progress.push(p) });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(progress.some((p) => p.phase === 'done')).toBe(true);
    expect(result.slotOf[0]).toBe(3);
    expect(checkSchedule(problem, result.slotOf).valid).toBe(true);
    // 6 academics x 8 slots bound the meetings at 48; tables (6 x 8) too.
    expect(result.upperBound).toBe(48);
    expect(result.placed).toBeGreaterThan(40);
    expect(result.placed).toBeLessThanOrEqual(result.upperBound);
  }, 20_000);

  it('stops early on abort and still answers', async () => {
    const controller = new AbortController();
    const run = runScheduleInWorker(event(), { timeLimitMs: 20_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 1000);
    const result = await run;
    expect(result.seconds).toBeLessThan(10);
    expect(result.placed).toBeGreaterThan(0);
  }, 20_000);

  // The optimum is proved by SAT calls (CaDiCaL, WebAssembly): the module must load in the worker.
  it.skipIf(!fs.existsSync(instance))(
    'proves a benchmark optimum with the SAT solver inside the worker',
    async () => {
      const problem = parseDzn(fs.readFileSync(instance, 'utf8'), 2);
      const result = await runScheduleInWorker(problem, { timeLimitMs: 10_000, seed: 1 });
      expect(result.status).toBe('optimal');
      expect(result.breaks).toBe(5);
      expect(result.seconds).toBeLessThan(10);
      const check = checkSchedule(problem, result.slotOf);
      expect(check.violations).toEqual([]);
      expect(check.breaks).toBe(5);
    },
    30_000,
  );
});
