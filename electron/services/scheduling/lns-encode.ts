/**
 * The CNF of one large-neighbourhood step, encoded over the freed meetings only: every other
 * meeting keeps its incumbent slot and enters as constants (a participant's busy slots, the tables
 * left per slot, precedence limits). The formula asks for a placement of the freed meetings in
 * which the participants they touch have at most `bound` breaks together (and at most d each).
 * Building the whole model per step (as round 3 did) cost more than solving the step.
 */
import { atMost, atMostTotalizer, breakCount, breakStarts } from './encode';
import type { Model } from './model';
import { neg, pos, SatSolver } from './sat';

export type SubEncoding = {
  solver: SatSolver;
  /** The freed meetings and, per freed meeting, its (slot, variable) pairs. */
  free: number[];
  options: { slot: number; v: number }[][];
  /** The participants whose breaks the bound covers, and their breaks in the incumbent. */
  touched: number[];
  current: number;
  /** Break-start literals of the touched participants (bound them to ask for fewer breaks). */
  gapLits: number[];
};

/** Null when some freed meeting has no slot left (the neighbourhood cannot even keep the incumbent). */
export function encodeStep(
  model: Model,
  domain: Uint8Array,
  slot: Int32Array,
  freeMask: Uint8Array,
  breaksOf: Int32Array,
  stop: () => boolean,
): SubEncoding | null {
  const { T, M, L } = model;
  const free: number[] = [];
  const touchedSet = new Set<number>();
  const fixedBusy = new Map<number, Uint8Array>();
  const tableUse = new Int32Array(T);
  for (let m = 0; m < M; m++) {
    if (freeMask[m] && model.fixed[m]! < 0) {
      free.push(m);
      touchedSet.add(model.a[m]!);
      touchedSet.add(model.b[m]!);
    } else tableUse[slot[m]!] = tableUse[slot[m]!]! + 1;
  }
  const touched = [...touchedSet];
  for (const p of touched) fixedBusy.set(p, new Uint8Array(T));
  for (const p of touched)
    for (const m of model.meetingsOf[p]!) if (!(freeMask[m] && model.fixed[m]! < 0)) fixedBusy.get(p)![slot[m]!] = 1;
  let current = 0;
  for (const p of touched) current += breaksOf[p]!;
  const solver = new SatSolver(stop);
  const options: { slot: number; v: number }[][] = [];
  const freeIndex = new Map<number, number>();
  for (const m of free) {
    freeIndex.set(m, options.length);
    // Precedences against kept meetings become slot limits.
    let lo = 0;
    let hi = T - 1;
    for (const i of model.before[m]!) if (!isFree(model, freeMask, i)) lo = Math.max(lo, slot[i]! + 1);
    for (const j of model.after[m]!) if (!isFree(model, freeMask, j)) hi = Math.min(hi, slot[j]! - 1);
    const busyA = fixedBusy.get(model.a[m]!)!;
    const busyB = fixedBusy.get(model.b[m]!)!;
    const list: { slot: number; v: number }[] = [];
    for (let t = lo; t <= hi; t++)
      if (domain[m * T + t] && !busyA[t] && !busyB[t] && tableUse[t]! < L) list.push({ slot: t, v: solver.newVar() });
    if (list.length === 0) return null;
    options.push(list);
    const lits = list.map((o) => pos(o.v));
    solver.addClause(lits);
    atMost(solver, lits, 1);
  }
  const at = (k: number, t: number) => options[k]!.find((o) => o.slot === t);
  // Precedences between two freed meetings.
  for (const j of free)
    for (const i of model.before[j]!) {
      if (!isFree(model, freeMask, i)) continue;
      const oi = options[freeIndex.get(i)!]!;
      for (const oj of options[freeIndex.get(j)!]!)
        solver.addClause([neg(oj.v), ...oi.filter((o) => o.slot < oj.slot).map((o) => pos(o.v))]);
    }
  for (let t = 0; t < T; t++) {
    const lits: number[] = [];
    for (let k = 0; k < free.length; k++) {
      const o = at(k, t);
      if (o) lits.push(pos(o.v));
    }
    if (lits.length > L - tableUse[t]!) atMostTotalizer(solver, lits, L - tableUse[t]!);
  }
  const gapLits: number[] = [];
  const yes = solver.newVar();
  solver.addClause([pos(yes)]);
  for (const p of touched) {
    const busy = fixedBusy.get(p)!;
    const u: number[] = [];
    for (let t = 0; t < T; t++) {
      if (busy[t]) {
        u.push(yes);
        continue;
      }
      const mine: number[] = [];
      for (const m of model.meetingsOf[p]!) {
        const k = freeIndex.get(m);
        const o = k === undefined ? undefined : at(k, t);
        if (o) mine.push(pos(o.v));
      }
      atMost(solver, mine, 1);
      const v = solver.newVar();
      for (const l of mine) solver.addClause([l ^ 1, pos(v)]);
      solver.addClause([neg(v), ...mine]);
      u.push(v);
    }
    gapLits.push(...breakCount(solver, breakStarts(solver, u, T), model.fairness));
  }
  return { solver, free, options, touched, current, gapLits };
}

function isFree(model: Model, freeMask: Uint8Array, m: number): boolean {
  return freeMask[m] === 1 && model.fixed[m]! < 0;
}
