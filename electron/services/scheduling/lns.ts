/**
 * Large neighbourhood search with the SAT solver: keep the incumbent schedule, free the meetings
 * of a few participants (or of a window of slots), and ask the solver for a placement of just those
 * meetings in which the participants they touch have strictly fewer breaks together. Each step is
 * a small, exact sub-problem, so it finds the coordinated multi-meeting moves that single-move
 * local search misses. Each step encodes only the freed meetings (lns-encode.ts). Only for
 * required-only problems (as exact.ts).
 */
import { atMostTotalizer } from './encode';
import { totalBreaks, type Incumbent } from './exact';
import { encodeStep, type SubEncoding } from './lns-encode';
import { breaksOfRow, type Model } from './model';
import { Interrupted } from './sat';
import { rng } from './search';

export type LnsControl = {
  deadline: number;
  lowerBound: number;
  seed: number;
  shouldStop: () => boolean;
  onImprove?: (best: Incumbent) => void;
};

function breaksPerParticipant(model: Model, slot: Int32Array): Int32Array {
  const occ = new Uint8Array(model.P * model.T);
  for (let m = 0; m < model.M; m++) {
    occ[model.a[m]! * model.T + slot[m]!] = 1;
    occ[model.b[m]! * model.T + slot[m]!] = 1;
  }
  const out = new Int32Array(model.P);
  for (let p = 0; p < model.P; p++) out[p] = breaksOfRow(occ, p * model.T, model.T);
  return out;
}

/** Participants with breaks, weighted by their breaks, as the seeds of a neighbourhood. */
function pickWeighted(h: Int32Array, random: () => number): number {
  let total = 0;
  for (const v of h) total += v;
  let r = random() * total;
  for (let p = 0; p < h.length; p++) {
    r -= h[p]!;
    if (r < 0) return p;
  }
  return h.length - 1;
}

/** Free meetings: all meetings of `size` participants grown from a participant with breaks. */
function participantNeighbourhood(model: Model, h: Int32Array, size: number, random: () => number): Uint8Array {
  const free = new Uint8Array(model.M);
  const chosen = new Set<number>([pickWeighted(h, random)]);
  let guard = 0;
  while (chosen.size < size && guard++ < size * 20) {
    const list = [...chosen];
    const from = list[Math.floor(random() * list.length)]!;
    const ms = model.meetingsOf[from]!;
    if (ms.length === 0) continue;
    const m = ms[Math.floor(random() * ms.length)]!;
    const other = model.a[m] === from ? model.b[m]! : model.a[m]!;
    // Partners with breaks first; sometimes any participant, to escape local structure.
    if (h[other]! > 0 || random() < 0.4) chosen.add(other);
    else if (random() < 0.2) chosen.add(pickWeighted(h, random));
  }
  for (const p of chosen) for (const m of model.meetingsOf[p]!) free[m] = 1;
  return free;
}

/** Free meetings: those of participants with breaks whose incumbent slot is inside a window. */
function windowNeighbourhood(model: Model, slot: Int32Array, width: number, random: () => number): Uint8Array {
  const free = new Uint8Array(model.M);
  const start = Math.floor(random() * Math.max(1, model.T - width + 1));
  for (let m = 0; m < model.M; m++) if (slot[m]! >= start && slot[m]! < start + width) free[m] = 1;
  return free;
}

/**
 * Re-solves the freed meetings (lns-encode.ts); returns a better schedule, 'none' when none
 * exists in this neighbourhood, 'unknown' when the step's budget ran out.
 */
function step(
  model: Model,
  domain: Uint8Array,
  best: Incumbent,
  h: Int32Array,
  free: Uint8Array,
  stop: () => boolean,
  sideways: (() => number) | null,
): { answer: 'better' | 'none' | 'unknown'; slot: Int32Array | null } {
  const sub = encodeStep(model, domain, best.slot, free, h, stop);
  if (sub === null) return { answer: 'none', slot: null };
  try {
    return solveStep(best, sub, stop, sideways);
  } finally {
    // Thousands of steps per solve: free each one's native memory at once.
    sub.solver.dispose();
  }
}

function solveStep(
  best: Incumbent,
  sub: SubEncoding,
  stop: () => boolean,
  sideways: (() => number) | null,
): { answer: 'better' | 'none' | 'unknown'; slot: Int32Array | null } {
  if (sub.current === 0 && !sideways) return { answer: 'none', slot: null };
  atMostTotalizer(sub.solver, sub.gapLits, sideways ? sub.current : sub.current - 1);
  // Start from the incumbent: the solver then only repairs what the tighter bound breaks. A
  // sideways move (same breaks, other placement) starts from random phases instead, to leave
  // the plateau the strict steps got stuck on.
  sub.free.forEach((m, k) => {
    for (const o of sub.options[k]!) sub.solver.setPhase(o.v, sideways ? sideways() < 0.3 : o.slot === best.slot[m]);
  });
  const answer = sub.solver.solve(stop);
  if (answer === 'unsat') return { answer: 'none', slot: null };
  if (answer !== 'sat') return { answer: 'unknown', slot: null };
  const slot = best.slot.slice();
  sub.free.forEach((m, k) => {
    for (const o of sub.options[k]!) if (sub.solver.valueOf(o.v)) slot[m] = o.slot;
  });
  return { answer: 'better', slot };
}

/**
 * Share of steps (after a failed one) that move sideways: measured at 0, 0.3 and 0.6 without a
 * clear winner (noisy machine); a little diversification is kept.
 */
const SIDEWAYS = 0.15;

function guardedStep(...args: Parameters<typeof step>): ReturnType<typeof step> {
  try {
    return step(...args);
  } catch (e) {
    if (!(e instanceof Interrupted)) throw e;
    return { answer: 'unknown', slot: null };
  }
}

export function improveByLns(model: Model, domain: Uint8Array, start: Incumbent, control: LnsControl): Incumbent {
  const random = rng(control.seed * 7919 + 17);
  let best = start;
  let h = breaksPerParticipant(model, best.slot);
  let size = 3;
  let width = 3;
  let failures = 0;
  const timeUp = () => Date.now() > control.deadline || control.shouldStop();
  while (!timeUp() && best.breaks > control.lowerBound) {
    const byWindow = random() < 0.3;
    const free = byWindow
      ? windowNeighbourhood(model, best.slot, width, random)
      : participantNeighbourhood(model, h, size, random);
    const budgetEnd = Math.min(control.deadline, Date.now() + 250);
    const sideways = failures > 0 && random() < SIDEWAYS;
    const stepStop = () => Date.now() > budgetEnd || control.shouldStop();
    const result = guardedStep(model, domain, best, h, free, stepStop, sideways ? random : null);
    if (result.answer === 'better' && result.slot) {
      const breaks = totalBreaks(model, result.slot);
      if (sideways && breaks <= best.breaks) {
        const improved = breaks < best.breaks;
        best = { slot: result.slot, breaks };
        h = breaksPerParticipant(model, best.slot);
        if (improved) control.onImprove?.(best);
        continue;
      }
      if (breaks < best.breaks) {
        best = { slot: result.slot, breaks };
        h = breaksPerParticipant(model, best.slot);
        control.onImprove?.(best);
        failures = 0;
        continue;
      }
    }
    if (result.answer === 'unknown') {
      // Too hard within the step budget: smaller neighbourhoods.
      if (byWindow) width = Math.max(2, width - 1);
      else size = Math.max(2, size - 1);
      continue;
    }
    failures++;
    if (failures % 8 === 0) {
      if (byWindow) width = Math.min(model.T, width + 1);
      else size = Math.min(model.P, size + 1);
    }
  }
  return best;
}
