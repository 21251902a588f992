/**
 * CNF encoding of "place every required meeting" for the SAT solver:
 * x[m][t] (meeting m in slot t, over its propagated domain), exactly one slot per meeting, at most
 * one meeting per participant per slot, precedences, and for breaks u[p][t] (p busy in t),
 * after[p][t] (p busy in t or later) and g[p][t] (an idle run of p starts at t and p meets again
 * later), so "breaks of p" = the number of true g[p][*], counted per participant in unary
 * (breakCount; fairness caps it at d). Tables (TableStyle): at most 2L busy participants per slot
 * (exact, see addImplied) by default, or at most L meetings per slot; either way every slot is
 * limited up front, so the lazy per-slot counters of round 3 are no longer needed.
 */
import type { Model } from './model';
import { neg, pos, SatSolver } from './sat';

export type Encoding = {
  solver: SatSolver;
  /** x[m * T + t]: the variable, or -1 outside the domain. */
  x: Int32Array;
  /** All break-start variables (inputs of the total-breaks counter). */
  gaps: number[];
  /** Break-start variables per participant (empty for those with fewer than two meetings). */
  gapsOf: number[][];
  /** busy[p][t]: p has a meeting in slot t (empty for participants without required meetings). */
  busy: number[][];
  tableLimited: Set<number>;
};

/** Sinz's sequential counter: at most k of lits. */
export function atMost(solver: SatSolver, lits: number[], k: number): void {
  const n = lits.length;
  if (n <= k) return;
  if (k === 0) {
    for (const l of lits) solver.addClause([l ^ 1]);
    return;
  }
  if (k === 1 && n <= 6) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) solver.addClause([lits[i]! ^ 1, lits[j]! ^ 1]);
    return;
  }
  let prev: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const cur = Array.from({ length: k }, () => solver.newVar());
    const x = lits[i]!;
    solver.addClause([x ^ 1, pos(cur[0]!)]);
    if (i === 0) {
      for (let j = 1; j < k; j++) solver.addClause([neg(cur[j]!)]);
    } else {
      for (let j = 0; j < k; j++) solver.addClause([neg(prev[j]!), pos(cur[j]!)]);
      for (let j = 1; j < k; j++) solver.addClause([x ^ 1, neg(prev[j - 1]!), pos(cur[j]!)]);
      solver.addClause([x ^ 1, neg(prev[k - 1]!)]);
    }
    prev = cur;
  }
  solver.addClause([lits[n - 1]! ^ 1, neg(prev[k - 1]!)]);
}

/**
 * Totalizer (Bailleux-Boufkhad) with outputs capped at cap: out[j] (0-based) is forced true when
 * at least j+1 of lits are true. O(n log n) variables instead of the sequential counter's n * cap,
 * which matters for the per-slot table limits (cap = 2L over ~P literals).
 */
export function totalizer(solver: SatSolver, lits: number[], cap: number): number[] {
  if (lits.length <= 1) return lits.slice(0, cap);
  const half = lits.length >> 1;
  const left = totalizer(solver, lits.slice(0, half), cap);
  const right = totalizer(solver, lits.slice(half), cap);
  const size = Math.min(cap, left.length + right.length);
  const out: number[] = [];
  for (let j = 0; j < size; j++) out.push(pos(solver.newVar()));
  for (let i = 0; i <= left.length; i++)
    for (let j = 0; j <= right.length; j++) {
      if (i + j === 0 || i + j > size) continue;
      const clause = [out[i + j - 1]!];
      if (i > 0) clause.push(left[i - 1]! ^ 1);
      if (j > 0) clause.push(right[j - 1]! ^ 1);
      solver.addClause(clause);
    }
  return out;
}

/**
 * The breaks of one participant in unary (out[j] true when it has more than j breaks), capped by
 * the fairness d when given. The total-breaks counter then sums ~P*d of these instead of ~P*T
 * raw break starts, which made the counter (and each LNS step) several times smaller.
 */
export function breakCount(solver: SatSolver, mineGaps: number[], fairness: number | null): number[] {
  if (fairness === null) return mineGaps;
  const out = totalizer(solver, mineGaps, fairness + 1);
  if (out.length > fairness) solver.addClause([out[fairness]! ^ 1]);
  return out.slice(0, fairness);
}

/** A variable fixed to false (a counter output that can never be reached). */
function neverTrue(solver: SatSolver): number {
  const v = solver.newVar();
  solver.addClause([neg(v)]);
  return pos(v);
}

/** At most k of lits by a totalizer (see above). */
export function atMostTotalizer(solver: SatSolver, lits: number[], k: number): void {
  if (lits.length <= k) return;
  const out = totalizer(solver, lits, k + 1);
  solver.addClause([out[k]! ^ 1]);
}

/**
 * A unary counter over lits whose output j (0-based) is forced true when at least j+1 lits are
 * true; "at most K" is then the unit clause not(out[K]), which can be tightened between solves.
 */
export function unaryCounter(solver: SatSolver, lits: number[], cap: number): number[] {
  // A totalizer: measured smaller and as fast or faster than round 3's sequential counter.
  const out = totalizer(solver, lits, cap);
  while (out.length < cap) out.push(neverTrue(solver));
  return out.map((l) => {
    if ((l & 1) === 0) return l >> 1;
    // A negated input passed through (a single-literal counter): give it a positive stand-in.
    const v = solver.newVar();
    solver.addClause([l ^ 1, pos(v)]);
    return v;
  });
}

/**
 * windows: 'all' = nobody has a break, encoded as "p's meetings fill one window of exactly k
 * consecutive slots" (choosing the window propagates far better than forbidding idle runs).
 * 'one' = at most one break in all: the window guarded by "p is the exempt one" (at most one
 * participant), whose own breaks are at most one. Otherwise the window is guarded by "p has a
 * break" (see encode).
 */
export type Windows = 'none' | 'all' | 'one';

/** The window encoding for one participant. */
function addWindow(solver: SatSolver, x: Int32Array, mine: number[], u: number[], T: number, guard: number[] = []): void {
  const k = mine.length;
  const usable = new Uint8Array(T);
  for (const m of mine) for (let t = 0; t < T; t++) if (x[m * T + t]! >= 0) usable[t] = 1;
  const starts: number[] = [];
  const cover: number[][] = Array.from({ length: T }, () => []);
  for (let s = 0; s + k <= T; s++) {
    let ok = true;
    for (let t = s; t < s + k; t++) if (!usable[t]) ok = false;
    if (!ok) continue;
    const v = solver.newVar();
    starts.push(pos(v));
    for (let t = s; t < s + k; t++) {
      cover[t]!.push(pos(v));
      solver.addClause([neg(v), pos(u[t]!)]);
    }
  }
  solver.addClause([...guard, ...starts]);
  atMost(solver, starts, 1);
  for (let t = 0; t < T; t++) solver.addClause([neg(u[t]!), ...guard, ...cover[t]!]);
}

/**
 * How the table limit is encoded: 'busy' = at most 2L busy participants per slot (a totalizer
 * over ~P literals, see addImplied); 'meetings' = at most L meetings per slot (a sequential counter
 * over the slot's x literals).
 */
export type TableStyle = 'busy' | 'meetings';

/**
 * The table style for the "at most one break" formula: meeting counters where the tables leave
 * room over the whole day (fewer than 80% of slots x tables used), the busy form where they are
 * nearly full. Measured (2 CPUs, wasm CaDiCaL): forum-13crafc's one-break schedule in 1.9-2.2 s
 * with meeting counters, 11-42 s with the busy form, 31 s or more with both; on the
 * nearly full tic-13crafc family the busy form is what answers.
 */
export function oneBreakTableStyle(model: Model): TableStyle {
  return model.M < 0.8 * model.T * model.L ? 'meetings' : 'busy';
}

/** stop: polled while building; when it says the time is up, building throws Interrupted (sat.ts). */
export function encode(
  model: Model,
  domain: Uint8Array,
  withFairness: boolean,
  windows: Windows = 'none',
  stop: (() => boolean) | null = null,
  tables: TableStyle = 'busy',
): Encoding {
  const { T, M, P } = model;
  const solver = new SatSolver(stop);
  const x = new Int32Array(M * T).fill(-1);
  for (let m = 0; m < M; m++) {
    if (!model.required[m]) continue;
    const lits: number[] = [];
    for (let t = 0; t < T; t++) {
      if (!domain[m * T + t]) continue;
      x[m * T + t] = solver.newVar();
      lits.push(pos(x[m * T + t]!));
    }
    solver.addClause(lits);
    atMost(solver, lits, 1);
  }
  for (let p = 0; p < P; p++) {
    for (let t = 0; t < T; t++) {
      const lits: number[] = [];
      for (const m of model.meetingsOf[p]!) if (x[m * T + t]! >= 0) lits.push(pos(x[m * T + t]!));
      atMost(solver, lits, 1);
    }
  }
  for (let j = 0; j < M; j++) {
    for (const i of model.before[j]!) {
      if (!model.required[i] || !model.required[j]) continue;
      for (let t = 0; t < T; t++) {
        if (x[j * T + t]! < 0) continue;
        const clause = [neg(x[j * T + t]!)];
        for (let s = 0; s < t; s++) if (x[i * T + s]! >= 0) clause.push(pos(x[i * T + s]!));
        solver.addClause(clause);
      }
    }
  }
  const gaps: number[] = [];
  const gapsOf: number[][] = Array.from({ length: P }, () => []);
  const busy: number[][] = Array.from({ length: P }, () => []);
  const exempt: number[] = [];
  for (let p = 0; p < P; p++) {
    const mine = model.meetingsOf[p]!.filter((m) => model.required[m]);
    if (mine.length < 1) continue;
    const u: number[] = [];
    for (let t = 0; t < T; t++) {
      const v = solver.newVar();
      u.push(v);
      const any: number[] = [neg(v)];
      for (const m of mine)
        if (x[m * T + t]! >= 0) {
          solver.addClause([neg(x[m * T + t]!), pos(v)]);
          any.push(pos(x[m * T + t]!));
        }
      solver.addClause(any);
    }
    busy[p] = u;
    if (mine.length < 2) continue;
    if (windows !== 'none') {
      const guard = windows === 'one' ? [pos(solver.newVar())] : [];
      if (windows === 'one') atMost(solver, breakStarts(solver, u, T), 1);
      addWindow(solver, x, mine, u, T, guard);
      exempt.push(...guard);
      continue;
    }
    const mineGaps = breakStarts(solver, u, T);
    gapsOf[p] = mineGaps;
    const counted = breakCount(solver, mineGaps, withFairness ? model.fairness : null);
    gaps.push(...counted);
    // "No break, or p's meetings fill one window": the window encoding guarded by p's first break
    // literal. Measured (round 4, with the busy table limit): forum-14's optimum 2 in 5 s instead
    // of out of reach, forumt-14crafe's 5 likewise. (Round 3 measured it without help, before
    // the table limit over busy variables existed.)
    if (withFairness && model.fairness !== null && model.fairness > 0) addWindow(solver, x, mine, u, T, [counted[0]!]);
  }
  atMost(solver, exempt, 1);
  addImplied(model, solver, busy, x, windows, tables);
  // Both forms of the table limit are exact (in the busy form each meeting makes exactly two
  // participants busy), so no slot is left to the lazy refinement of solveWithTables.
  const tableLimited = new Set<number>();
  const result = { solver, x, gaps, gapsOf, busy, tableLimited };
  for (let t = 0; t < T; t++) {
    if (tables === 'meetings') addTableLimit(model, result, t);
    else tableLimited.add(t);
  }
  return result;
}

/**
 * Break-start literals of one participant over its busy variables u[t]: after[t] (busy in t or
 * later) and g[t] (idle at t after being busy at t-1, and busy again later).
 */
export function breakStarts(solver: SatSolver, u: number[], T: number): number[] {
  const after: number[] = new Array<number>(T);
  for (let t = T - 1; t >= 0; t--) {
    after[t] = solver.newVar();
    solver.addClause([neg(u[t]!), pos(after[t]!)]);
    if (t < T - 1) solver.addClause([neg(after[t + 1]!), pos(after[t]!)]);
  }
  const out: number[] = [];
  for (let t = 1; t < T - 1; t++) {
    const g = solver.newVar();
    solver.addClause([neg(u[t - 1]!), pos(u[t]!), neg(after[t + 1]!), pos(g)]);
    out.push(pos(g));
  }
  return out;
}

/**
 * Implied constraints over the busy variables (measured: they turn tight-table instances that ran
 * out of time into sub-second answers): per slot at most 2L busy participants (the table limit,
 * over ~P literals instead of ~M; only in the 'busy' table style), and per participant exactly as
 * many busy slots as meetings.
 */
function addImplied(
  model: Model,
  solver: SatSolver,
  busy: number[][],
  x: Int32Array,
  windows: Windows,
  tables: TableStyle,
): void {
  const T = model.T;
  for (let t = 0; t < T; t++) {
    const lits: number[] = [];
    for (let p = 0; p < model.P; p++)
      if (busy[p]!.length > 0 && model.meetingsOf[p]!.some((m) => x[m * T + t]! >= 0)) lits.push(pos(busy[p]![t]!));
    if (tables === 'busy') atMostTotalizer(solver, lits, 2 * model.L);
  }
  // With windows the busy count is already exact; the counters would only slow propagation.
  if (windows !== 'none') return;
  for (let p = 0; p < model.P; p++) {
    const u = busy[p]!;
    if (u.length > 0) atMostTotalizer(solver, u.map(pos), model.meetingsOf[p]!.filter((m) => model.required[m]).length);
  }
}

export function addTableLimit(model: Model, enc: Encoding, t: number): void {
  if (enc.tableLimited.has(t)) return;
  enc.tableLimited.add(t);
  const lits: number[] = [];
  for (let m = 0; m < model.M; m++) if (enc.x[m * model.T + t]! >= 0) lits.push(pos(enc.x[m * model.T + t]!));
  atMost(enc.solver, lits, model.L);
}

/** The slot per meeting in the solver's current model (-1 for meetings not encoded). */
export function decode(model: Model, enc: Encoding): Int32Array {
  const slot = new Int32Array(model.M).fill(-1);
  for (let m = 0; m < model.M; m++)
    for (let t = 0; t < model.T; t++)
      if (enc.x[m * model.T + t]! >= 0 && enc.solver.valueOf(enc.x[m * model.T + t]!)) slot[m] = t;
  return slot;
}
