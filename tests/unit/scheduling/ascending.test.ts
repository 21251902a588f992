import { describe, expect, it } from 'vitest';
import { checkSchedule } from '../../../electron/services/scheduling';
import { solveAscending, solveExact, totalBreaks } from '../../../electron/services/scheduling/exact';
import { buildModel } from '../../../electron/services/scheduling/model';
import { rng } from '../../../electron/services/scheduling/search';
import { problem } from './build';

/** Random small instances with forbidden slots, so that optima above zero are common. */
function randomProblem(seed: number) {
  const random = rng(seed);
  const participants = 7;
  const slots = 6;
  const meetings: [number, number][] = [];
  for (let a = 0; a < participants; a++) for (let b = a + 1; b < participants; b++) if (random() < 0.45) meetings.push([a, b]);
  const forbidden = Array.from({ length: participants }, () =>
    Array.from({ length: slots }, (_, t) => t).filter(() => random() < 0.15),
  );
  return problem({ slots, tables: 3, participants, fairness: 2, forbidden, meetings });
}

describe('solveAscending (few-breaks questions with optional windows)', () => {
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
});
