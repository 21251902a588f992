import { beforeAll, describe, expect, it } from 'vitest';
import { checkSchedule } from '../../../electron/services/scheduling';
import { solveAscending, solveExact, totalBreaks } from '../../../electron/services/scheduling/exact';
import { buildModel } from '../../../electron/services/scheduling/model';
import { randomProblem } from './build';
import { loadSat } from '../../../electron/services/scheduling/sat';

describe('solveAscending (few-breaks questions with optional windows)', () => {
  // The SAT solver is WebAssembly: loaded once per test file.
  beforeAll(loadSat);

  it('finds the same optimum as the descent from a first schedule, on random instances', () => {
    let compared = 0;
    let nonZero = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const spec = randomProblem(seed);
      const model = buildModel(spec);
      const never = () => false;
      const down = solveExact(model, model.domain, never, null, 0);
      const up = solveAscending(model, model.domain, never, null, 0);
      if (down.answer === 'unsat') {
        expect(up.answer).toBe('unsat');
        continue;
      }
      expect(down.answer).toBe('optimal');
      expect(up.answer).toBe('optimal');
      const slot = up.best!.slot;
      expect(checkSchedule(spec, [...slot]).valid).toBe(true);
      expect(totalBreaks(model, slot)).toBe(down.best!.breaks);
      compared++;
      if (down.best!.breaks > 0) nonZero++;
    }
    expect(compared).toBeGreaterThan(20);
    expect(nonZero).toBeGreaterThan(5);
  });

  it('resumes an interrupted ascent on the kept incremental formula and reaches the same optimum', () => {
    let resumed = 0;
    for (let seed = 1; seed <= 60 && resumed < 5; seed++) {
      const spec = randomProblem(seed);
      const model = buildModel(spec);
      const never = () => false;
      const down = solveExact(model, model.domain, never, null, 0);
      if (down.answer !== 'optimal' || down.best!.breaks < 2) continue;
      // From k = 1 (the counted formula); the stop check fires after a few polls, so a call is
      // left open (instances where it was answered first are skipped).
      const incumbent = { slot: down.best!.slot, breaks: down.best!.breaks + 1 };
      let checks = 0;
      const first = solveAscending(model, model.domain, () => ++checks > 3, incumbent, 1);
      if (first.answer !== 'unknown' || first.pending === null) continue;
      const again = solveAscending(model, model.domain, never, incumbent, first.lowerBound, first.pending);
      expect(again.answer).toBe('optimal');
      expect(again.lowerBound).toBe(down.best!.breaks);
      expect(totalBreaks(model, again.best!.slot)).toBe(down.best!.breaks);
      resumed++;
    }
    expect(resumed).toBeGreaterThan(0);
  });
});
