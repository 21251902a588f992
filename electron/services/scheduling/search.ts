/**
 * Constructive placement followed by simulated annealing over slot moves and swaps (a swap with
 * the participant's meeting already in the target slot keeps table counts; it is the two-meeting
 * Kempe move). The cost is weighted hard violations + unplaced weight + breaks; only states
 * without violations are kept as "best".
 */
import type { Model } from './model';
import { ScheduleState } from './state';

export type SearchBest = { slot: Int32Array; breaks: number; unplacedWeight: number; placed: number };

export type SearchControl = {
  deadline: number;
  seed: number;
  /** Total breaks that cannot be beaten: stop when reached with everything placed. */
  breaksLowerBound: number;
  /** Restricts each meeting's slots (propagated domains); defaults to the model's. */
  domain?: Uint8Array;
  onImprove?: (best: SearchBest) => void;
  shouldStop?: () => boolean;
};

export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function domainLists(model: Model, domain: Uint8Array): number[][] {
  return Array.from({ length: model.M }, (_, m) => {
    const list: number[] = [];
    for (let t = 0; t < model.T; t++) if (domain[m * model.T + t]) list.push(t);
    return list;
  });
}

export function solveBySearch(model: Model, control: SearchControl): SearchBest | null {
  const random = rng(control.seed);
  const domains = domainLists(model, control.domain ?? model.domain);
  const state = new ScheduleState(model);
  let minWeight = Infinity;
  let maxWeight = 0;
  for (let m = 0; m < model.M; m++) {
    if (model.required[m]) continue;
    minWeight = Math.min(minWeight, model.weight[m]!);
    maxWeight = Math.max(maxWeight, model.weight[m]!);
  }
  // Leaving out a meeting must never pay for itself in breaks (at most 2 per participant).
  const unplacedCost = minWeight === Infinity || minWeight <= 0 ? 3 : 5 / minWeight;
  let hardWeight = Math.max(3, 2 * unplacedCost * maxWeight);
  const cost = () => hardWeight * state.hard() + unplacedCost * state.unplacedWeight + state.breaks;

  construct(model, domains, state, random, hardWeight, unplacedCost);

  let best = null as SearchBest | null;
  const consider = () => {
    if (state.hard() !== 0) return;
    const better =
      best === null ||
      state.unplacedWeight < best.unplacedWeight - 1e-9 ||
      (Math.abs(state.unplacedWeight - best.unplacedWeight) < 1e-9 && state.breaks < best.breaks);
    if (!better) return;
    best = { slot: state.slot.slice(), breaks: state.breaks, unplacedWeight: state.unplacedWeight, placed: state.placed };
    control.onImprove?.(best);
  };
  consider();
  const done = () => best !== null && best.unplacedWeight === 0 && best.breaks <= control.breaksLowerBound;
  const movable: number[] = [];
  for (let m = 0; m < model.M; m++) if (model.fixed[m]! < 0 && domains[m]!.length > 0) movable.push(m);
  if (movable.length === 0 || done()) return best;

  // One annealing round cools from t0 to t1; longer rounds beat many short ones on the benchmark.
  const roundLength = Math.max(200_000, movable.length * 1000);
  const t0 = 1.5;
  const t1 = 0.02;
  let iteration = 0;
  let round = 0;
  while (!done()) {
    if ((iteration & 1023) === 0 && (Date.now() > control.deadline || control.shouldStop?.())) break;
    const phase = (iteration % roundLength) / roundLength;
    if (phase === 0 && iteration > 0) {
      round++;
      if (best === null) hardWeight *= 1.3;
      else if (round % 3 === 0) restore(state, best.slot);
    }
    const temperature = t0 * Math.pow(t1 / t0, phase);
    iteration++;
    const m = movable[Math.floor(random() * movable.length)]!;
    const list = domains[m]!;
    const from = state.slot[m]!;
    let to: number;
    if (!model.required[m] && random() < 0.1) to = from < 0 ? list[Math.floor(random() * list.length)]! : -1;
    else to = list[Math.floor(random() * list.length)]!;
    if (to === from) continue;
    const before = cost();
    let partner = -1;
    if (to >= 0 && from >= 0 && random() < 0.6) {
      const p = random() < 0.5 ? model.a[m]! : model.b[m]!;
      const other = state.meetingAt(p, to, m);
      if (other >= 0 && model.fixed[other]! < 0 && (control.domain ?? model.domain)[other * model.T + from]) partner = other;
    }
    state.move(m, to);
    if (partner >= 0) state.move(partner, from);
    const delta = cost() - before;
    if (delta <= 0 || random() < Math.exp(-delta / temperature)) {
      if (delta < 0 || state.hard() === 0) consider();
    } else {
      if (partner >= 0) state.move(partner, to);
      state.move(m, from);
    }
  }
  return best;
}

function restore(state: ScheduleState, slot: Int32Array): void {
  for (let m = 0; m < slot.length; m++) state.move(m, -1);
  for (let m = 0; m < slot.length; m++) if (slot[m]! >= 0) state.move(m, slot[m]!);
}

/** Fixed meetings first, then the most constrained; each at its cheapest slot (or left out if optional and clashing). */
function construct(
  model: Model,
  domains: number[][],
  state: ScheduleState,
  random: () => number,
  hardWeight: number,
  unplacedCost: number,
): void {
  const order = Array.from({ length: model.M }, (_, m) => m).filter((m) => domains[m]!.length > 0);
  const degree = (m: number) => model.meetingsOf[model.a[m]!]!.length + model.meetingsOf[model.b[m]!]!.length;
  const key = (m: number) =>
    (model.fixed[m]! >= 0 ? -1e9 : 0) +
    (model.required[m] ? 0 : 1e6) -
    model.weight[m]! * 1e3 +
    domains[m]!.length * 10 -
    degree(m);
  order.sort((x, y) => key(x) - key(y));
  for (const m of order) {
    let bestSlot = -1;
    let bestCost = Infinity;
    for (const t of domains[m]!) {
      state.move(m, t);
      const c = hardWeight * state.hard() + state.breaks + random() * 0.5;
      if (c < bestCost) {
        bestCost = c;
        bestSlot = t;
      }
    }
    state.move(m, bestSlot);
    if (!model.required[m]) {
      const withIt = hardWeight * state.hard() + unplacedCost * state.unplacedWeight + state.breaks;
      state.move(m, -1);
      const without = hardWeight * state.hard() + unplacedCost * state.unplacedWeight + state.breaks;
      if (withIt <= without) state.move(m, bestSlot);
    }
  }
}
