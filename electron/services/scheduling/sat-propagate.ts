/** Unit propagation for the SAT solver: binary implication lists first, then two watched literals with blockers. */
import { assign, type SatState } from './sat-state';

/** Propagates the trail from qhead; returns the index of a conflicting clause, or -1. */
export function propagate(s: SatState): number {
  const value = s.value;
  while (s.qhead < s.trail.length) {
    const p = s.trail[s.qhead++]!;
    const bins = s.binWatches[p]!;
    for (let i = 0; i < bins.length; i += 2) {
      const other = bins[i]!;
      const val = value[other];
      if (val === 1) continue;
      if (val === -1) {
        s.qhead = s.trail.length;
        return bins[i + 1]!;
      }
      assign(s, other, bins[i + 1]!);
    }
    const ws = s.watches[p]!; // (clause, blocker) pairs for clauses watching ¬p, which just became false
    const falseLit = p ^ 1;
    let j = 0;
    const n = ws.length;
    for (let i = 0; i < n; i += 2) {
      const ci = ws[i]!;
      const blocker = ws[i + 1]!;
      if (value[blocker] === 1) {
        ws[j++] = ci;
        ws[j++] = blocker;
        continue;
      }
      if (s.deleted[ci]) continue;
      const A = s.arena;
      const base = s.start[ci]!;
      const end = base + s.size[ci]!;
      if (A[base] === falseLit) {
        A[base] = A[base + 1]!;
        A[base + 1] = falseLit;
      }
      const first = A[base]!;
      if (first !== blocker && value[first] === 1) {
        ws[j++] = ci;
        ws[j++] = first;
        continue;
      }
      let found = false;
      for (let k = base + 2; k < end; k++) {
        if (value[A[k]!] !== -1) {
          const w = A[k]!;
          A[base + 1] = w;
          A[k] = falseLit;
          s.watches[w ^ 1]!.push(ci, first);
          found = true;
          break;
        }
      }
      if (found) continue;
      ws[j++] = ci;
      ws[j++] = first;
      if (value[first] === -1) {
        for (i += 2; i < n; i++) ws[j++] = ws[i]!;
        ws.length = j;
        s.qhead = s.trail.length;
        return ci;
      }
      assign(s, first, ci);
    }
    if (j < n) ws.length = j;
  }
  return -1;
}
