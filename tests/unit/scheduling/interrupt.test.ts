import { beforeAll, describe, expect, it } from 'vitest';
import { encode } from '../../../electron/services/scheduling/encode';
import { solveAscending, solveExact } from '../../../electron/services/scheduling/exact';
import { buildModel } from '../../../electron/services/scheduling/model';
import { Interrupted, loadSat } from '../../../electron/services/scheduling/sat';
import { problem } from './build';

// A complete bipartite 8x8 meeting set over 10 slots: large enough that building the formula
// passes several interrupt checks.
function bigModel() {
  const meetings: [number, number][] = [];
  for (let a = 0; a < 8; a++) for (let b = 8; b < 16; b++) meetings.push([a, b]);
  return buildModel(problem({ slots: 10, tables: 8, fairness: 2, participants: 17, meetings }));
}

describe('interrupting the SAT phase', () => {
  // The SAT solver is WebAssembly: loaded once per test file.
  beforeAll(loadSat);

  it('stops building a formula as soon as the stop check says the time is up', () => {
    const model = bigModel();
    let polls = 0;
    expect(() =>
      encode(model, model.domain, true, 'none', () => {
        polls++;
        return true;
      }),
    ).toThrow(Interrupted);
    expect(polls).toBe(1);
    // Without a stop check the same formula builds completely.
    expect(encode(model, model.domain, true).solver.vars).toBeGreaterThan(2048);
  });

  it('answers "unknown" with the incumbent kept, instead of throwing, when time is up', () => {
    const model = bigModel();
    const incumbent = { slot: new Int32Array(model.M).fill(0), breaks: 40 };
    const down = solveExact(model, model.domain, () => true, incumbent, 0);
    expect(down.answer).toBe('unknown');
    expect(down.best).toBe(incumbent);
    // The first check passes, so the interruption comes from inside the formula build.
    let calls = 0;
    const up = solveAscending(model, model.domain, () => ++calls > 1, incumbent, 0);
    expect(calls).toBeGreaterThan(1);
    expect(up.answer).toBe('unknown');
    expect(up.lowerBound).toBe(0);
  });
});
