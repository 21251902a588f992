import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSchedule, parseDzn, runScheduleInWorker, solveSchedule } from '../../../electron/services/scheduling';
import { repoRoot } from '../../helpers/db';

const dir = path.join(repoRoot, '..', 'shared', 'bench', 'b2b', 'instances');
const load = (file: string) => parseDzn(fs.readFileSync(path.join(dir, file), 'utf8'), 2);

// Instances with 40+ meetings run on two threads (worker/portfolio.ts): the helper thread starts
// from source here (tsx bootstrap), also nested inside the schedule worker.
describe.skipIf(!fs.existsSync(dir))('two-thread solve on real instances', () => {
  it('tic-13crafc (optimum 4): a valid schedule within the limit, never below the proven bound', async () => {
    const problem = load('tic-13crafc.original.dzn');
    const started = Date.now();
    const result = await solveSchedule(problem, { timeLimitMs: 6000, seed: 1 });
    expect(Date.now() - started).toBeLessThan(6500);
    expect(['optimal', 'feasible']).toContain(result.status);
    const check = checkSchedule(problem, result.slotOf);
    expect(check.violations).toEqual([]);
    expect(check.breaks).toBe(result.breaks);
    expect(result.breaksLowerBound).toBeLessThanOrEqual(4);
    expect(result.breaks).toBeGreaterThanOrEqual(4);
    if (result.status === 'optimal') expect(result.breaks).toBe(4);
  }, 20_000);

  it('in the schedule worker too, and an infeasible instance still ends at once', async () => {
    const problem = load('tic-13crafb.fixed020-Forb.dzn');
    const result = await runScheduleInWorker(problem, { timeLimitMs: 3000 });
    expect(['optimal', 'feasible']).toContain(result.status);
    expect(checkSchedule(problem, result.slotOf).violations).toEqual([]);
    const started = Date.now();
    const infeasible = await solveSchedule(load('forum-13.prec25.dzn'), { timeLimitMs: 5000 });
    expect(infeasible.status).toBe('infeasible');
    expect(Date.now() - started).toBeLessThan(2500);
  }, 20_000);
});
