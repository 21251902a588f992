import { beforeAll, describe, expect, it } from 'vitest';
import { checkSchedule } from '../../../electron/services/scheduling';
import { totalBreaks } from '../../../electron/services/scheduling/exact';
import { improveByLns } from '../../../electron/services/scheduling/lns';
import { buildModel } from '../../../electron/services/scheduling/model';
import { problem } from './build';
import { loadSat } from '../../../electron/services/scheduling/sat';

describe('improveByLns', () => {
  // The SAT solver is WebAssembly: loaded once per test file.
  beforeAll(loadSat);

  it('turns a schedule full of breaks into a valid one with fewer breaks', () => {
    // A star and a chain: participant 0 meets 1..5, and 1-2, 3-4 meet as well.
    const spec = problem({
      slots: 8,
      tables: 3,
      fairness: null,
      meetings: [
        [0, 1],
        [0, 2],
        [0, 3],
        [0, 4],
        [0, 5],
        [1, 2],
        [3, 4],
      ],
    });
    const model = buildModel(spec);
    // Participant 0 meets at 0, 2, 4, 6, 7 (three breaks); 1-4 have one break each.
    const start = Int32Array.from([0, 2, 4, 6, 7, 5, 1]);
    const before = totalBreaks(model, start);
    expect(checkSchedule(spec, [...start]).valid).toBe(true);
    const best = improveByLns(
      model,
      model.domain,
      { slot: start, breaks: before },
      {
        deadline: Date.now() + 2000,
        lowerBound: 0,
        seed: 1,
        shouldStop: () => false,
      },
    );
    expect(best.breaks).toBeLessThan(before);
    const check = checkSchedule(spec, [...best.slot]);
    expect(check.valid).toBe(true);
    expect(check.breaks).toBe(best.breaks);
  });

  it('keeps fixed meetings where they are', () => {
    const spec = problem({
      slots: 6,
      tables: 2,
      fairness: null,
      meetings: [{ a: 0, b: 1, weight: 1, required: true, fixedSlot: 4 }, [0, 2], [0, 3]],
    });
    const model = buildModel(spec);
    const start = Int32Array.from([4, 0, 2]);
    const best = improveByLns(
      model,
      model.domain,
      { slot: start, breaks: totalBreaks(model, start) },
      {
        deadline: Date.now() + 1000,
        lowerBound: 0,
        seed: 3,
        shouldStop: () => false,
      },
    );
    expect(best.slot[0]).toBe(4);
    expect(best.breaks).toBe(0);
    expect(checkSchedule(spec, [...best.slot]).valid).toBe(true);
  });
});
