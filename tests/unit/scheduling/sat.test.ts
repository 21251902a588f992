import { beforeAll, describe, expect, it } from 'vitest';
import { atMost, unaryCounter } from '../../../electron/services/scheduling/encode';
import { loadSat, neg, pos, SatSolver } from '../../../electron/services/scheduling/sat';

const never = () => false;

/** Pigeonhole: n+1 pigeons into n holes is UNSAT, n into n is SAT. */
function pigeons(pigeonCount: number, holes: number): SatSolver {
  const s = new SatSolver();
  const x = Array.from({ length: pigeonCount }, () => Array.from({ length: holes }, () => s.newVar()));
  for (const row of x) s.addClause(row.map(pos));
  for (let h = 0; h < holes; h++)
    atMost(
      s,
      x.map((row) => pos(row[h]!)),
      1,
    );
  return s;
}

describe('SatSolver', () => {
  // The SAT solver is WebAssembly: loaded once per test file.
  beforeAll(loadSat);

  it('proves the pigeonhole principle and solves the square case', () => {
    expect(pigeons(7, 6).solve(never)).toBe('unsat');
    const s = pigeons(6, 6);
    expect(s.solve(never)).toBe('sat');
  });

  it('returns a model that satisfies the clauses', () => {
    const s = new SatSolver();
    const [a, b, c] = [s.newVar(), s.newVar(), s.newVar()];
    s.addClause([pos(a), pos(b)]);
    s.addClause([neg(a), pos(c)]);
    s.addClause([neg(c)]);
    expect(s.solve(never)).toBe('sat');
    expect([s.valueOf(a), s.valueOf(b), s.valueOf(c)]).toEqual([false, true, false]);
  });

  it('counts with the unary counter and can be tightened between solves', () => {
    const s = new SatSolver();
    const xs = Array.from({ length: 6 }, () => s.newVar());
    const out = unaryCounter(s, xs.map(pos), 4);
    for (const x of xs.slice(0, 3)) s.addClause([pos(x)]);
    s.addClause([neg(out[3]!)]); // at most 3 true
    expect(s.solve(never)).toBe('sat');
    expect(xs.filter((x) => s.valueOf(x)).length).toBe(3);
    s.addClause([neg(out[2]!)]); // at most 2 true
    expect(s.solve(never)).toBe('unsat');
  });

  it('answers under assumptions for one call and names the assumptions the refutation used', () => {
    const s = new SatSolver();
    const [a, b, c, unused] = [s.newVar(), s.newVar(), s.newVar(), s.newVar()];
    s.addClause([pos(a), pos(b)]);
    s.addClause([neg(c), pos(a), pos(b)]);
    expect(s.solve(never, [neg(a), neg(b), pos(c)])).toBe('unsat');
    expect(s.failed(neg(a))).toBe(true);
    expect(s.failed(neg(b))).toBe(true);
    expect(s.failed(pos(c))).toBe(false);
    // The assumptions held for that call only; a variable no clause mentions still has a value.
    expect(s.solve(never, [neg(a)])).toBe('sat');
    expect([s.valueOf(a), s.valueOf(b)]).toEqual([false, true]);
    expect(typeof s.valueOf(unused)).toBe('boolean');
  });

  it('gives up when told to stop', () => {
    expect(pigeons(10, 9).solve(() => true)).toBe('unknown');
  });
});
