/**
 * Bounds that tell the coordinator how good a schedule is.
 * - upperBound: no schedule places more meetings than (1) a per-person capacity bound, the
 *   fractional b-matching by max-flow on the bipartite double cover (each participant can hold at
 *   most min(cap, usable slots) meetings), nor (2) the sum over slots of min(tables, matching of the
 *   meetings possible in that slot), again by the double cover. Both are valid for any graph;
 *   on an enterprise x academic graph the first is exact for the capacity relaxation.
 * - breaksLowerBound: per participant, the fewest idle gaps any choice of slots can have given the
 *   slots its meetings can use and its fixed meetings; the sum is a lower bound on total breaks.
 */
import { FlowGraph } from './flow';
import { buildModel, type Model } from './model';
import type { ScheduleProblem } from './types';

function usableSlots(model: Model, p: number): number {
  const seen = new Uint8Array(model.T);
  for (const m of model.meetingsOf[p]!) for (const t of model.domainList[m]!) seen[t] = 1;
  let n = 0;
  for (let t = 0; t < model.T; t++) n += seen[t]!;
  return n;
}

/** Max flow on the double cover: left copy of each participant to right copy of the other one. */
function doubleCoverBound(model: Model, meetings: number[], capacity: (p: number) => number): number {
  const P = model.P;
  const source = 2 * P;
  const sink = 2 * P + 1;
  const graph = new FlowGraph(2 * P + 2);
  const used = new Uint8Array(P);
  for (const m of meetings) {
    graph.addEdge(model.a[m]!, P + model.b[m]!, 1);
    graph.addEdge(model.b[m]!, P + model.a[m]!, 1);
    used[model.a[m]!] = 1;
    used[model.b[m]!] = 1;
  }
  for (let p = 0; p < P; p++) {
    if (!used[p]) continue;
    const cap = capacity(p);
    graph.addEdge(source, p, cap);
    graph.addEdge(P + p, sink, cap);
  }
  return Math.floor(graph.maxFlow(source, sink) / 2);
}

export function upperBoundOfModel(model: Model): number {
  const placeable: number[] = [];
  for (let m = 0; m < model.M; m++) if (model.domainList[m]!.length > 0) placeable.push(m);
  const perPerson = doubleCoverBound(model, placeable, (p) => Math.min(model.maxMeetings[p]!, usableSlots(model, p)));
  let perSlot = 0;
  for (let t = 0; t < model.T; t++) {
    const here = placeable.filter((m) => model.domain[m * model.T + t] === 1);
    if (here.length === 0) continue;
    perSlot += Math.min(
      model.L,
      doubleCoverBound(model, here, () => 1),
    );
  }
  return Math.min(placeable.length, perPerson, perSlot);
}

/** Upper bound on the number of meetings any schedule can place. */
export function upperBound(problem: ScheduleProblem): number {
  return upperBoundOfModel(buildModel(problem));
}

/**
 * Fewest breaks for choosing `k` distinct slots from `usable` that include every slot in `must`:
 * a DP over the slots counting runs. Infinity when impossible.
 */
export function minBreaksFor(T: number, usable: Uint8Array, must: Uint8Array, k: number): number {
  if (k <= 1) return 0;
  const INF = 1e9;
  // runs[c][on]: fewest runs having chosen c slots, with the previous slot chosen (on=1) or not.
  let cur = Array.from({ length: k + 1 }, () => [INF, INF]);
  cur[0]![0] = 0;
  for (let t = 0; t < T; t++) {
    const next = Array.from({ length: k + 1 }, () => [INF, INF]);
    for (let c = 0; c <= k; c++) {
      for (let on = 0; on < 2; on++) {
        const v = cur[c]![on]!;
        if (v >= INF) continue;
        if (!must[t]) next[c]![0] = Math.min(next[c]![0]!, v);
        if (usable[t] && c < k) next[c + 1]![1] = Math.min(next[c + 1]![1]!, v + (on ? 0 : 1));
      }
    }
    cur = next;
  }
  const best = Math.min(cur[k]![0]!, cur[k]![1]!);
  return best >= INF ? Infinity : best - 1;
}

/** Per participant, a lower bound on its breaks when all its required meetings are placed. */
export function breaksLowerBounds(model: Model): number[] {
  const out: number[] = [];
  for (let p = 0; p < model.P; p++) {
    const usable = new Uint8Array(model.T);
    const must = new Uint8Array(model.T);
    let k = 0;
    for (const m of model.meetingsOf[p]!) {
      if (!model.required[m]) continue;
      k++;
      for (const t of model.domainList[m]!) usable[t] = 1;
      if (model.fixed[m]! >= 0) must[model.fixed[m]!] = 1;
    }
    out.push(minBreaksFor(model.T, usable, must, k));
  }
  return out;
}
