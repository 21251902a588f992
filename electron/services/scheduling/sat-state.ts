/**
 * The SAT solver's state as one plain record, so propagation (sat-propagate.ts), conflict
 * analysis (sat-analyze.ts) and the clause database (sat-clauses.ts) can live in their own files.
 * Literals are numbers: variable v (0-based) is 2v (true) / 2v+1 (false).
 */
import { VarOrder } from './sat-order';

export type SatState = {
  /** Clause literals in one arena (no allocation per clause): clause i is arena[start[i] .. start[i] + size[i]). */
  arena: Int32Array;
  arenaTop: number;
  start: Int32Array;
  size: Int32Array;
  numClauses: number;
  learnt: Uint8Array;
  lbd: number[];
  deleted: Uint8Array;
  /** Per literal p: (clause, blocker) pairs of the long clauses that watch ¬p. */
  watches: number[][];
  /** Binary clauses as implication lists: binWatches[p] holds (implied literal, clause) pairs fired when p becomes true. */
  binWatches: number[][];
  /** Per literal: 1 true, -1 false, 0 unassigned. */
  value: Int8Array;
  level: Int32Array;
  reason: Int32Array;
  phase: Uint8Array;
  order: VarOrder;
  trail: number[];
  trailLim: number[];
  qhead: number;
  numVars: number;
  seen: Uint8Array;
  levelStamp: Int32Array;
  stamp: number;
};

export function createState(): SatState {
  return {
    arena: new Int32Array(4096),
    arenaTop: 0,
    start: new Int32Array(1024),
    size: new Int32Array(1024),
    numClauses: 0,
    learnt: new Uint8Array(0),
    lbd: [],
    deleted: new Uint8Array(0),
    watches: [],
    binWatches: [],
    value: new Int8Array(0),
    level: new Int32Array(0),
    reason: new Int32Array(0),
    phase: new Uint8Array(0),
    order: new VarOrder(),
    trail: [],
    trailLim: [],
    qhead: 0,
    numVars: 0,
    seen: new Uint8Array(0),
    levelStamp: new Int32Array(0),
    stamp: 0,
  };
}

function copied<T extends Int8Array | Int32Array | Uint8Array>(a: T, size: number, make: (k: number) => T): T {
  const b = make(size);
  b.set(a);
  return b;
}

export function addVariable(s: SatState): number {
  const v = s.numVars++;
  if (v >= s.level.length) {
    const n = Math.max(64, v * 2);
    s.value = copied(s.value, 2 * n, (k) => new Int8Array(k));
    s.level = copied(s.level, n, (k) => new Int32Array(k));
    s.reason = copied(s.reason, n, (k) => new Int32Array(k));
    s.phase = copied(s.phase, n, (k) => new Uint8Array(k));
  }
  s.watches.push([], []);
  s.binWatches.push([], []);
  s.order.add(v);
  return v;
}

export function assign(s: SatState, lit: number, reason: number): void {
  const v = lit >> 1;
  s.value[lit] = 1;
  s.value[lit ^ 1] = -1;
  s.level[v] = s.trailLim.length;
  s.reason[v] = reason;
  s.trail.push(lit);
}

/** Undoes every assignment above decision level lvl, saving the phases. */
export function backtrack(s: SatState, lvl: number): void {
  if (s.trailLim.length <= lvl) return;
  const stop = s.trailLim[lvl]!;
  for (let k = s.trail.length - 1; k >= stop; k--) {
    const lit = s.trail[k]!;
    const v = lit >> 1;
    s.value[lit] = 0;
    s.value[lit ^ 1] = 0;
    s.phase[v] = lit & 1 ? 0 : 1;
    s.order.reinsert(v);
  }
  s.trail.length = stop;
  s.trailLim.length = lvl;
  s.qhead = stop;
}
