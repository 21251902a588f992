/** The SAT solver's clause database: attaching clauses to the watch lists, and learnt-clause reduction by LBD. */
import type { SatState } from './sat-state';

export function attach(s: SatState, c: ArrayLike<number>, learnt: boolean, lbd: number): number {
  const i = s.numClauses++;
  if (s.arenaTop + c.length > s.arena.length) {
    const grown = new Int32Array(Math.max(s.arena.length * 2, s.arenaTop + c.length));
    grown.set(s.arena);
    s.arena = grown;
  }
  if (i >= s.start.length) {
    const start = new Int32Array(s.start.length * 2);
    start.set(s.start);
    s.start = start;
    const size = new Int32Array(s.size.length * 2);
    size.set(s.size);
    s.size = size;
  }
  s.start[i] = s.arenaTop;
  s.size[i] = c.length;
  for (let k = 0; k < c.length; k++) s.arena[s.arenaTop++] = c[k]!;
  if (i >= s.learnt.length) {
    const l = new Uint8Array(Math.max(1024, i * 2));
    l.set(s.learnt);
    s.learnt = l;
    const d = new Uint8Array(l.length);
    d.set(s.deleted);
    s.deleted = d;
  }
  s.learnt[i] = learnt ? 1 : 0;
  s.lbd[i] = lbd;
  if (c.length === 2) {
    // Binary clauses never get deleted (their LBD is at most 2), so they skip the watch scheme.
    s.binWatches[c[0]! ^ 1]!.push(c[1]!, i);
    s.binWatches[c[1]! ^ 1]!.push(c[0]!, i);
    return i;
  }
  // Watch entries are (clause, blocker) pairs: a true blocker skips the clause without touching it.
  s.watches[c[0]! ^ 1]!.push(i, c[1]!);
  s.watches[c[1]! ^ 1]!.push(i, c[0]!);
  return i;
}

/** Deletes the worse half of the learnt clauses (highest LBD), keeping glue clauses and reasons. */
export function reduce(s: SatState): void {
  const candidates: number[] = [];
  const locked = new Set<number>();
  for (const lit of s.trail) if (s.reason[lit >> 1]! >= 0) locked.add(s.reason[lit >> 1]!);
  for (let i = 0; i < s.numClauses; i++) if (s.learnt[i] && !s.deleted[i] && s.lbd[i]! > 2 && !locked.has(i)) candidates.push(i);
  candidates.sort((x, y) => s.lbd[y]! - s.lbd[x]!);
  for (let k = 0; k < candidates.length / 2; k++) {
    s.deleted[candidates[k]!] = 1;
  }
}
