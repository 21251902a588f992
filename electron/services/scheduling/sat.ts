/**
 * A small CDCL SAT solver (two watched literals, first-UIP learning, VSIDS, phase saving, Luby
 * restarts, learnt-clause reduction by LBD) with a deadline, so it can run inside the time limit
 * of the scheduler. Used to prove infeasibility and optimality (see exact.ts). Literals are
 * numbers: variable v (0-based) is 2v (true) / 2v+1 (false). The state and its operations live in
 * sat-state.ts, sat-clauses.ts (clause database), sat-propagate.ts and sat-analyze.ts.
 */
import { analyze } from './sat-analyze';
import { attach, reduce } from './sat-clauses';
import { luby } from './sat-order';
import { propagate } from './sat-propagate';
import { addVariable, assign, backtrack, createState, type SatState } from './sat-state';

export type SatAnswer = 'sat' | 'unsat' | 'unknown';

export const pos = (v: number) => v << 1;
export const neg = (v: number) => (v << 1) | 1;

/**
 * Thrown while a formula is being built when the solver's interrupt check says the time is up:
 * large encodings (counters over thousands of inputs) would otherwise overrun the time limit.
 */
export class Interrupted extends Error {
  constructor() {
    super('SAT encoding interrupted');
  }
}

export class SatSolver {
  private s: SatState = createState();
  private ok = true;
  private added = 0;
  conflicts = 0;

  /** interrupt: polled while variables and clauses are added; when true, building throws Interrupted. */
  constructor(private readonly interrupt: (() => boolean) | null = null) {}

  private poll(): void {
    if (this.interrupt !== null && this.interrupt()) throw new Interrupted();
  }

  newVar(): number {
    if ((this.s.numVars & 2047) === 2047) this.poll();
    return addVariable(this.s);
  }

  get vars(): number {
    return this.s.numVars;
  }

  /** Adds a clause at level 0 (before solving or between solves). False when the formula became UNSAT. */
  addClause(lits: number[]): boolean {
    if (!this.ok) return false;
    if ((++this.added & 8191) === 0) this.poll();
    const s = this.s;
    backtrack(s, 0);
    // Duplicate / tautology check by a scan: clauses are short, and a Set per clause dominated
    // the cost of building the many small formulas of the LNS steps.
    const out: number[] = [];
    for (const l of lits) {
      if (s.value[l] === 1) return true;
      if (s.value[l] === -1) continue;
      let dup = false;
      for (let i = 0; i < out.length; i++) {
        if (out[i] === (l ^ 1)) return true;
        if (out[i] === l) dup = true;
      }
      if (!dup) out.push(l);
    }
    if (out.length === 0) return (this.ok = false);
    if (out.length === 1) {
      assign(s, out[0]!, -1);
      if (propagate(s) >= 0) this.ok = false;
      return this.ok;
    }
    attach(s, out, false, 0);
    return true;
  }

  /** Solves under the current clauses; 'unknown' when stop() says so first (polled every 32 conflicts and 1024 decisions). */
  solve(stop: () => boolean): SatAnswer {
    const s = this.s;
    if (!this.ok) return 'unsat';
    if (propagate(s) >= 0) {
      this.ok = false;
      return 'unsat';
    }
    let restart = 0;
    let decisions = 0;
    let nextReduce = this.conflicts + 4000;
    for (;;) {
      let budget = 100 * luby(++restart);
      for (;;) {
        const conflict = propagate(s);
        if (conflict >= 0) {
          this.conflicts++;
          if (s.trailLim.length === 0) {
            this.ok = false;
            return 'unsat';
          }
          const { learnt, backLevel, lbd } = analyze(s, conflict);
          backtrack(s, backLevel);
          if (learnt.length === 1) assign(s, learnt[0]!, -1);
          else assign(s, learnt[0]!, attach(s, learnt, true, lbd));
          s.order.decay();
          budget--;
          if ((this.conflicts & 31) === 0 && stop()) {
            backtrack(s, 0);
            return 'unknown';
          }
          continue;
        }
        if (budget <= 0) {
          backtrack(s, 0);
          break;
        }
        if (this.conflicts >= nextReduce) {
          nextReduce = this.conflicts + 4000 + restart * 50;
          reduce(s);
        }
        const v = this.pickBranch();
        if (v < 0) return 'sat';
        if ((++decisions & 1023) === 0 && stop()) {
          backtrack(s, 0);
          return 'unknown';
        }
        s.trailLim.push(s.trail.length);
        assign(s, s.phase[v] ? pos(v) : neg(v), -1);
      }
    }
  }

  /** The value tried first for v (e.g. from a known schedule). */
  setPhase(v: number, value: boolean): void {
    this.s.phase[v] = value ? 1 : 0;
  }

  /** Value of variable v in the last 'sat' answer. */
  valueOf(v: number): boolean {
    return this.s.value[pos(v)] === 1;
  }

  private pickBranch(): number {
    const s = this.s;
    while (!s.order.empty()) {
      const v = s.order.pop();
      if (s.value[pos(v)] === 0) return v;
    }
    return -1;
  }
}
