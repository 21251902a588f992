/**
 * A small CDCL SAT solver (two watched literals, first-UIP learning, VSIDS, phase saving, Luby
 * restarts, learnt-clause reduction by LBD) with a deadline, so it can run inside the time limit
 * of the scheduler. Used to prove infeasibility and optimality (see exact.ts). Literals are
 * numbers: variable v (0-based) is 2v (true) / 2v+1 (false).
 */
import { luby, VarOrder } from './sat-order';

export type SatAnswer = 'sat' | 'unsat' | 'unknown';

export const pos = (v: number) => v << 1;
export const neg = (v: number) => (v << 1) | 1;

export class SatSolver {
  private clauses: Int32Array[] = [];
  private learnt: Uint8Array = new Uint8Array(0);
  private lbd: number[] = [];
  private deleted: Uint8Array = new Uint8Array(0);
  private watches: number[][] = [];
  /** Binary clauses as implication lists: binWatches[p] holds (implied literal, clause) pairs fired when p becomes true. */
  private binWatches: number[][] = [];
  private value: Int8Array = new Int8Array(0); // per literal: 1 true, -1 false, 0 unassigned
  private level: Int32Array = new Int32Array(0);
  private reason: Int32Array = new Int32Array(0);
  private phase: Uint8Array = new Uint8Array(0);
  private order = new VarOrder();
  private trail: number[] = [];
  private trailLim: number[] = [];
  private qhead = 0;
  private ok = true;
  private numVars = 0;
  conflicts = 0;
  private seen = new Uint8Array(0);
  private levelStamp = new Int32Array(0);
  private stamp = 0;

  newVar(): number {
    const v = this.numVars++;
    if (v >= this.level.length) this.grow(Math.max(64, v * 2));
    this.watches.push([], []);
    this.binWatches.push([], []);
    this.order.add(v);
    return v;
  }

  private grow(n: number): void {
    const copy = <T extends Int8Array | Int32Array | Float64Array | Uint8Array>(
      a: T,
      size: number,
      make: (k: number) => T,
    ): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.value = copy(this.value, 2 * n, (k) => new Int8Array(k));
    this.level = copy(this.level, n, (k) => new Int32Array(k));
    this.reason = copy(this.reason, n, (k) => new Int32Array(k));
    this.phase = copy(this.phase, n, (k) => new Uint8Array(k));
  }

  get vars(): number {
    return this.numVars;
  }

  /** Adds a clause at level 0 (before solving or between solves). False when the formula became UNSAT. */
  addClause(lits: number[]): boolean {
    if (!this.ok) return false;
    this.backtrack(0);
    const seen = new Set<number>();
    const out: number[] = [];
    for (const l of lits) {
      if (this.value[l] === 1 || seen.has(l ^ 1)) return true;
      if (this.value[l] === -1 || seen.has(l)) continue;
      seen.add(l);
      out.push(l);
    }
    if (out.length === 0) return (this.ok = false);
    if (out.length === 1) {
      this.assign(out[0]!, -1);
      if (this.propagate() >= 0) this.ok = false;
      return this.ok;
    }
    this.attach(Int32Array.from(out), false, 0);
    return true;
  }

  private attach(c: Int32Array, learnt: boolean, lbd: number): number {
    const i = this.clauses.length;
    this.clauses.push(c);
    if (i >= this.learnt.length) {
      const l = new Uint8Array(Math.max(1024, i * 2));
      l.set(this.learnt);
      this.learnt = l;
      const d = new Uint8Array(l.length);
      d.set(this.deleted);
      this.deleted = d;
    }
    this.learnt[i] = learnt ? 1 : 0;
    this.lbd[i] = lbd;
    if (c.length === 2) {
      // Binary clauses never get deleted (their LBD is at most 2), so they skip the watch scheme.
      this.binWatches[c[0]! ^ 1]!.push(c[1]!, i);
      this.binWatches[c[1]! ^ 1]!.push(c[0]!, i);
      return i;
    }
    // Watch entries are (clause, blocker) pairs: a true blocker skips the clause without touching it.
    this.watches[c[0]! ^ 1]!.push(i, c[1]!);
    this.watches[c[1]! ^ 1]!.push(i, c[0]!);
    return i;
  }

  private assign(lit: number, reason: number): void {
    const v = lit >> 1;
    this.value[lit] = 1;
    this.value[lit ^ 1] = -1;
    this.level[v] = this.trailLim.length;
    this.reason[v] = reason;
    this.trail.push(lit);
  }

  /** Returns the index of a conflicting clause, or -1. */
  private propagate(): number {
    while (this.qhead < this.trail.length) {
      const p = this.trail[this.qhead++]!;
      const bins = this.binWatches[p]!;
      for (let i = 0; i < bins.length; i += 2) {
        const other = bins[i]!;
        const val = this.value[other];
        if (val === 1) continue;
        if (val === -1) {
          this.qhead = this.trail.length;
          return bins[i + 1]!;
        }
        this.assign(other, bins[i + 1]!);
      }
      const ws = this.watches[p]!; // (clause, blocker) pairs for clauses watching ¬p, which just became false
      const falseLit = p ^ 1;
      let j = 0;
      const n = ws.length;
      for (let i = 0; i < n; i += 2) {
        const ci = ws[i]!;
        const blocker = ws[i + 1]!;
        if (this.value[blocker] === 1) {
          ws[j++] = ci;
          ws[j++] = blocker;
          continue;
        }
        if (this.deleted[ci]) continue;
        const c = this.clauses[ci]!;
        if (c[0] === falseLit) {
          c[0] = c[1]!;
          c[1] = falseLit;
        }
        const first = c[0]!;
        if (first !== blocker && this.value[first] === 1) {
          ws[j++] = ci;
          ws[j++] = first;
          continue;
        }
        let found = false;
        for (let k = 2; k < c.length; k++) {
          if (this.value[c[k]!] !== -1) {
            c[1] = c[k]!;
            c[k] = falseLit;
            this.watches[c[1] ^ 1]!.push(ci, first);
            found = true;
            break;
          }
        }
        if (found) continue;
        ws[j++] = ci;
        ws[j++] = first;
        if (this.value[first] === -1) {
          for (i += 2; i < n; i++) ws[j++] = ws[i]!;
          ws.length = j;
          this.qhead = this.trail.length;
          return ci;
        }
        this.assign(first, ci);
      }
      if (j < n) ws.length = j;
    }
    return -1;
  }

  private analyze(conflict: number): { learnt: number[]; backLevel: number; lbd: number } {
    if (this.seen.length < this.numVars) this.seen = new Uint8Array(this.numVars * 2);
    const seen = this.seen;
    const learnt: number[] = [0];
    let counter = 0;
    let p = -1;
    let index = this.trail.length - 1;
    let ci = conflict;
    const current = this.trailLim.length;
    do {
      const c = this.clauses[ci]!;
      for (let k = p === -1 ? 0 : 1; k < c.length; k++) {
        const q = c[k]!;
        const v = q >> 1;
        if (seen[v] || this.level[v] === 0) continue;
        seen[v] = 1;
        this.order.bump(v);
        if (this.level[v] === current) counter++;
        else learnt.push(q);
      }
      while (!seen[this.trail[index]! >> 1]) index--;
      p = this.trail[index]!;
      index--;
      ci = this.reason[p >> 1]!;
      seen[p >> 1] = 0;
      counter--;
      if (counter > 0 && ci >= 0) {
        // Keep the reason's implied literal first so the loop above skips it.
        const c = this.clauses[ci]!;
        if (c[0] !== p) {
          const at = c.indexOf(p);
          c[at] = c[0]!;
          c[0] = p;
        }
      }
    } while (counter > 0);
    learnt[0] = p ^ 1;
    // Local minimisation: drop a literal whose reason's other literals are all in the clause already.
    const full = learnt.slice();
    let keep = 1;
    for (let k = 1; k < learnt.length; k++) {
      const lit = learnt[k]!;
      const r = this.reason[lit >> 1]!;
      let redundant = r >= 0;
      if (redundant) {
        const c = this.clauses[r]!;
        for (let i = 0; i < c.length; i++) {
          const w = c[i]! >> 1;
          if (w !== lit >> 1 && !seen[w] && this.level[w] !== 0) {
            redundant = false;
            break;
          }
        }
      }
      if (!redundant) learnt[keep++] = lit;
    }
    learnt.length = keep;
    let backLevel = 0;
    let maxAt = 1;
    for (let k = 1; k < learnt.length; k++) {
      const lv = this.level[learnt[k]! >> 1]!;
      if (lv > backLevel) {
        backLevel = lv;
        maxAt = k;
      }
    }
    if (learnt.length > 1) [learnt[1], learnt[maxAt]] = [learnt[maxAt]!, learnt[1]!];
    for (const l of full) seen[l >> 1] = 0;
    this.stamp++;
    if (this.levelStamp.length <= current) this.levelStamp = new Int32Array(current * 2 + 2);
    let lbd = 0;
    for (const l of learnt) {
      const lv = this.level[l >> 1]!;
      if (this.levelStamp[lv] !== this.stamp) {
        this.levelStamp[lv] = this.stamp;
        lbd++;
      }
    }
    return { learnt, backLevel, lbd };
  }

  private backtrack(lvl: number): void {
    if (this.trailLim.length <= lvl) return;
    const stop = this.trailLim[lvl]!;
    for (let k = this.trail.length - 1; k >= stop; k--) {
      const lit = this.trail[k]!;
      const v = lit >> 1;
      this.value[lit] = 0;
      this.value[lit ^ 1] = 0;
      this.phase[v] = lit & 1 ? 0 : 1;
      this.order.reinsert(v);
    }
    this.trail.length = stop;
    this.trailLim.length = lvl;
    this.qhead = stop;
  }

  private reduce(): void {
    const candidates: number[] = [];
    const locked = new Set<number>();
    for (const lit of this.trail) if (this.reason[lit >> 1]! >= 0) locked.add(this.reason[lit >> 1]!);
    for (let i = 0; i < this.clauses.length; i++)
      if (this.learnt[i] && !this.deleted[i] && this.lbd[i]! > 2 && !locked.has(i)) candidates.push(i);
    candidates.sort((x, y) => this.lbd[y]! - this.lbd[x]!);
    for (let k = 0; k < candidates.length / 2; k++) {
      this.deleted[candidates[k]!] = 1;
      this.clauses[candidates[k]!] = new Int32Array(0);
    }
  }

  /** Solves under the current clauses; 'unknown' when stop() says so first (polled every 256 conflicts). */
  solve(stop: () => boolean): SatAnswer {
    if (!this.ok) return 'unsat';
    if (this.propagate() >= 0) {
      this.ok = false;
      return 'unsat';
    }
    let restart = 0;
    let nextReduce = this.conflicts + 4000;
    for (;;) {
      let budget = 100 * luby(++restart);
      for (;;) {
        const conflict = this.propagate();
        if (conflict >= 0) {
          this.conflicts++;
          if (this.trailLim.length === 0) {
            this.ok = false;
            return 'unsat';
          }
          const { learnt, backLevel, lbd } = this.analyze(conflict);
          this.backtrack(backLevel);
          if (learnt.length === 1) this.assign(learnt[0]!, -1);
          else this.assign(learnt[0]!, this.attach(Int32Array.from(learnt), true, lbd));
          this.order.decay();
          budget--;
          if ((this.conflicts & 255) === 0 && stop()) {
            this.backtrack(0);
            return 'unknown';
          }
          continue;
        }
        if (budget <= 0) {
          this.backtrack(0);
          break;
        }
        if (this.conflicts >= nextReduce) {
          nextReduce = this.conflicts + 4000 + restart * 50;
          this.reduce();
        }
        const v = this.pickBranch();
        if (v < 0) return 'sat';
        this.trailLim.push(this.trail.length);
        this.assign(this.phase[v] ? pos(v) : neg(v), -1);
      }
    }
  }

  /** The value tried first for v (e.g. from a known schedule). */
  setPhase(v: number, value: boolean): void {
    this.phase[v] = value ? 1 : 0;
  }

  /** Value of variable v in the last 'sat' answer. */
  valueOf(v: number): boolean {
    return this.value[pos(v)] === 1;
  }

  private pickBranch(): number {
    while (!this.order.empty()) {
      const v = this.order.pop();
      if (this.value[pos(v)] === 0) return v;
    }
    return -1;
  }
}
