import { beforeAll, describe, expect, it } from 'vitest';
import { loadSat, SatSolver } from '../../../electron/services/scheduling/sat';
import { rng } from '../../../electron/services/scheduling/search';

const never = () => false;

/** Random mixed 2-/3-literal formulas near the threshold, checked against brute force. */
function randomFormula(random: () => number, vars: number, count: number): number[][] {
  return Array.from({ length: count }, () => {
    const width = random() < 0.3 ? 2 : 3;
    return Array.from({ length: width }, () => (Math.floor(random() * vars) << 1) | (random() < 0.5 ? 1 : 0));
  });
}

function bruteForce(vars: number, clauses: number[][]): boolean {
  for (let mask = 0; mask < 1 << vars; mask++)
    if (clauses.every((c) => c.some((l) => ((mask >> (l >> 1)) & 1) === (l & 1 ? 0 : 1)))) return true;
  return false;
}

describe('SatSolver (CaDiCaL) on random formulas', () => {
  // The SAT solver is WebAssembly: loaded once per test file.
  beforeAll(loadSat);

  it('agrees with brute force and returns models that satisfy every clause', () => {
    const random = rng(42);
    let sat = 0;
    let unsat = 0;
    for (let round = 0; round < 300; round++) {
      const vars = 10;
      const clauses = randomFormula(random, vars, 30 + Math.floor(random() * 20));
      const s = new SatSolver();
      for (let v = 0; v < vars; v++) s.newVar();
      for (const c of clauses) s.addClause(c);
      const answer = s.solve(never);
      expect(answer).toBe(bruteForce(vars, clauses) ? 'sat' : 'unsat');
      if (answer === 'sat') {
        sat++;
        for (const c of clauses) expect(c.some((l) => s.valueOf(l >> 1) === ((l & 1) === 0))).toBe(true);
      } else unsat++;
    }
    // The mix must exercise both answers, or the test proves little.
    expect(sat).toBeGreaterThan(20);
    expect(unsat).toBeGreaterThan(20);
  });
});
