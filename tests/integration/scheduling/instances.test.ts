import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSchedule, parseDzn, solveSchedule } from '../../../electron/services/scheduling';
import { encode, oneBreakTableStyle } from '../../../electron/services/scheduling/encode';
import { encodeAtMostZero, solveWithTables } from '../../../electron/services/scheduling/exact';
import { buildModel } from '../../../electron/services/scheduling/model';
import { propagate } from '../../../electron/services/scheduling/propagate';
import { loadSat, releaseSolvers } from '../../../electron/services/scheduling/sat';
import { repoRoot } from '../../helpers/db';

const dir = path.join(repoRoot, '..', 'shared', 'bench', 'b2b', 'instances');
const never = () => false;
const load = (file: string) => parseDzn(fs.readFileSync(path.join(dir, file), 'utf8'), 2);

describe.skipIf(!fs.existsSync(dir))('real benchmark instances (short limit)', () => {
  it.each(['tic-12.original.dzn', 'tic-13crafb.fixed020-Forb.dzn', 'forumt-14.original.dzn'])(
    '%s: a valid schedule, verified by the independent checker',
    async (file) => {
      const problem = load(file);
      const result = await solveSchedule(problem, { timeLimitMs: 4000 });
      expect(['optimal', 'feasible']).toContain(result.status);
      const check = checkSchedule(problem, result.slotOf);
      expect(check.violations).toEqual([]);
      expect(check.breaks).toBe(result.breaks);
      expect(result.breaks).toBeGreaterThanOrEqual(result.breaksLowerBound ?? 0);
    },
    20_000,
  );

  it.each([
    ['tic-12.forb0003.dzn', /vrije tijdsloten/],
    ['forum-13crafb.fixed040-Forb.dzn', /buiten de sessie/],
    ['forum-13.prec25.dzn', /volgorde-eisen/],
  ])('%s is reported infeasible with a reason', async (file, reason) => {
    const result = await solveSchedule(load(file), { timeLimitMs: 3000 });
    expect(result.status).toBe('infeasible');
    expect(result.reasons[0]).toMatch(reason);
  });

  it('forum-13crafc: with meeting counters, no schedule without breaks and one with a single break (reference optimum 1)', async () => {
    await loadSat();
    const problem = load('forum-13crafc.original.dzn');
    const model = buildModel(problem);
    const propagated = propagate(model);
    const domain = propagated.ok ? propagated.domain : model.domain;
    expect(oneBreakTableStyle(model)).toBe('meetings');
    try {
      expect(solveWithTables(model, encodeAtMostZero(model, domain, never, 'meetings'), never).answer).toBe('unsat');
      const one = solveWithTables(model, encode(model, domain, true, 'one', null, 'meetings'), never);
      expect(one.answer).toBe('sat');
      const check = checkSchedule(problem, [...one.slot!]);
      expect(check.violations).toEqual([]);
      expect(check.breaks).toBe(1);
    } finally {
      releaseSolvers();
    }
  });
});
