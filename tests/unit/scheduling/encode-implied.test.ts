import { beforeAll, describe, expect, it } from 'vitest';
import { checkSchedule } from '../../../electron/services/scheduling';
import {
  atMostTotalizer,
  breakCount,
  decode,
  encode,
  oneBreakTableStyle,
  unaryCounter,
} from '../../../electron/services/scheduling/encode';
import { solveWithTables, totalBreaks } from '../../../electron/services/scheduling/exact';
import { encodeStep } from '../../../electron/services/scheduling/lns-encode';
import { buildModel } from '../../../electron/services/scheduling/model';
import { loadSat, neg, pos, SatSolver } from '../../../electron/services/scheduling/sat';
import { problem } from './build';

const never = () => false;

describe('totalizer counters', () => {
  // The SAT solver is WebAssembly: loaded once per test file.
  beforeAll(loadSat);

  it('allows exactly the assignments with at most k true literals', () => {
    for (const n of [1, 2, 5, 7]) {
      for (let k = 0; k <= n; k++) {
        for (let forced = 0; forced <= n; forced++) {
          const s = new SatSolver();
          const xs = Array.from({ length: n }, () => s.newVar());
          atMostTotalizer(s, xs.map(pos), k);
          xs.forEach((x, i) => s.addClause([i < forced ? pos(x) : neg(x)]));
          expect(s.solve(never), `n=${n} k=${k} forced=${forced}`).toBe(forced <= k ? 'sat' : 'unsat');
        }
      }
    }
  });

  it('gives a negated single input a positive stand-in output', () => {
    const s = new SatSolver();
    const x = s.newVar();
    const [out] = unaryCounter(s, [neg(x)], 1);
    s.addClause([neg(x)]); // so the input literal ¬x is true
    s.addClause([neg(out!)]); // and "at most 0 true" must then fail
    expect(s.solve(never)).toBe('unsat');
  });

  it('caps a participant at d breaks through its unary break count', () => {
    const s = new SatSolver();
    const gaps = Array.from({ length: 6 }, () => s.newVar());
    const counted = breakCount(s, gaps.map(pos), 2);
    expect(counted).toHaveLength(2);
    for (const g of gaps.slice(0, 2)) s.addClause([pos(g)]);
    expect(s.solve(never)).toBe('sat');
    s.addClause([pos(gaps[2]!)]);
    expect(s.solve(never)).toBe('unsat');
  });
});

/** Six meetings without a shared participant: three per slot fill two slots of three tables. */
const sixDisjoint: [number, number][] = Array.from({ length: 6 }, (_, i) => [2 * i, 2 * i + 1]);

describe('table limit over busy participants', () => {
  it('never puts more than L meetings in a slot (no lazy refinement needed)', () => {
    // Six disjoint meetings, two slots, three tables: exactly three per slot.
    const spec = problem({ slots: 2, tables: 3, meetings: sixDisjoint });
    const model = buildModel(spec);
    const enc = encode(model, model.domain, true);
    expect(enc.solver.solve(never)).toBe('sat');
    const slot = decode(model, enc);
    expect(slot.filter((t) => t === 0)).toHaveLength(3);
    expect(checkSchedule(spec, [...slot]).valid).toBe(true);
    // One meeting more does not fit.
    const tight = problem({ ...spec, meetings: [...spec.meetings, { a: 12, b: 13, weight: 1, required: true }] });
    const tightModel = buildModel(tight);
    expect(solveWithTables(tightModel, encode(tightModel, tightModel.domain, true), never).answer).toBe('unsat');
  });
});

describe('table limit over meeting counters', () => {
  it('holds exactly L meetings per slot in every windows mode', () => {
    const meetings = sixDisjoint;
    for (const windows of ['none', 'all', 'one'] as const) {
      const spec = problem({ slots: 2, tables: 3, meetings });
      const model = buildModel(spec);
      const enc = encode(model, model.domain, true, windows, null, 'meetings');
      const answer = solveWithTables(model, enc, never);
      expect(answer.answer, windows).toBe('sat');
      expect(answer.slot!.filter((t) => t === 0)).toHaveLength(3);
      expect(checkSchedule(spec, [...answer.slot!]).valid).toBe(true);
      const tight = buildModel(problem({ slots: 2, tables: 3, meetings: [...meetings, [12, 13]] }));
      const counted = encode(tight, tight.domain, true, windows, null, 'meetings');
      // Every slot's counter is in the formula: the lazy refinement never has to add one.
      expect(counted.tableLimited.size).toBe(2);
      expect(solveWithTables(tight, counted, never).answer, windows).toBe('unsat');
    }
  });

  it('is chosen for the one-break formula only where the tables leave room', () => {
    const pairs = (n: number): [number, number][] => Array.from({ length: n }, (_, i) => [2 * i, 2 * i + 1]);
    // 10 slots x 2 tables = 20 places.
    expect(oneBreakTableStyle(buildModel(problem({ slots: 10, tables: 2, meetings: pairs(15) })))).toBe('meetings');
    expect(oneBreakTableStyle(buildModel(problem({ slots: 10, tables: 2, meetings: pairs(16) })))).toBe('busy');
  });
});

describe('encodeStep (LNS sub-problem)', () => {
  it('re-places only the freed meetings and can remove a break', () => {
    const spec = problem({
      slots: 5,
      tables: 2,
      fairness: 2,
      meetings: [
        [0, 1],
        [0, 2],
        [3, 4],
      ],
    });
    const model = buildModel(spec);
    // Participant 0 meets at 0 and 3: one break. Meeting 2 (3-4) is kept at slot 1.
    const slot = Int32Array.from([0, 3, 1]);
    const breaksOf = Int32Array.from([1, 0, 0, 0, 0]);
    const free = Uint8Array.from([1, 1, 0]);
    const sub = encodeStep(model, model.domain, slot, free, breaksOf, never);
    expect(sub).not.toBeNull();
    expect(sub!.free).toEqual([0, 1]);
    expect(sub!.current).toBe(1);
    atMostTotalizer(sub!.solver, sub!.gapLits, 0);
    expect(sub!.solver.solve(never)).toBe('sat');
    const next = slot.slice();
    sub!.free.forEach((m, k) => {
      for (const o of sub!.options[k]!) if (sub!.solver.valueOf(o.v)) next[m] = o.slot;
    });
    expect(next[2]).toBe(1);
    expect(totalBreaks(model, next)).toBe(0);
    expect(checkSchedule(spec, [...next]).valid).toBe(true);
  });

  it('respects the tables left by the kept meetings', () => {
    const spec = problem({
      slots: 2,
      tables: 1,
      meetings: [
        [0, 1],
        [2, 3],
      ],
    });
    const model = buildModel(spec);
    // Meeting 1 is kept in slot 0, so the freed meeting 0 can only go to slot 1.
    const sub = encodeStep(model, model.domain, Int32Array.from([1, 0]), Uint8Array.from([1, 0]), new Int32Array(4), never);
    expect(sub!.options[0]!.map((o) => o.slot)).toEqual([1]);
  });
});
