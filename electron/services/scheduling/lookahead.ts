/**
 * The helper thread's strategy in a portfolio (worker/portfolio.ts): while the main thread's
 * ascent proves "no schedule with k breaks" (UNSAT, the bound), this one asks one step ahead,
 * "a schedule with at most k + 1 breaks?" (SAT, the schedule), on its own incremental formula
 * with another CaDiCaL seed. On the instances the single thread missed, the proof at k and the
 * search at the optimum each took most of the time limit one after the other; side by side, the
 * bound of one and the schedule of the other meet (peer.ts). Once a schedule one above the bound
 * exists, it asks at the bound itself, started from that schedule's phases. Where the tables leave
 * room, its questions "no breaks?" and "at most one break?" use meeting counters for the table
 * limit instead of the main thread's busy form (encode.ts oneBreakTableStyle).
 */
import { encode, oneBreakTableStyle, type Encoding } from './encode';
import {
  CAP_AHEAD,
  encodeAtMostZero,
  encodeCounted,
  solveWithTables,
  totalBreaks,
  type Incumbent,
  type PendingDecision,
} from './exact';
import type { Model } from './model';
import { peerDone, publishBest, publishLowerBound, sharedBest, sharedLowerBound } from './peer';
import { Interrupted, neg, pos } from './sat';

function setPhases(model: Model, enc: Encoding, slot: Int32Array): void {
  for (let m = 0; m < model.M; m++) {
    const v = slot[m]! >= 0 ? enc.x[m * model.T + slot[m]!]! : -1;
    if (v >= 0) enc.solver.setPhase(v, true);
  }
}

/**
 * Share of the remaining time for the helper's own "no breaks?" question. Measured (2 CPUs, wasm
 * CaDiCaL): with meeting counters forum-13crafc's and ticf-13crafc's "no" took 0.76-0.98 s (the
 * busy form 1.8-22 s); a schedule without breaks where one exists is the busy form's strength.
 */
const ZERO_SHARE = 0.2;

/** Runs until the deadline, shouldStop() or the two threads together proved the optimum. */
export function lookAhead(
  model: Model,
  domain: Uint8Array,
  deadline: number,
  shouldStop: () => boolean,
  lowerBound: number,
): Incumbent | null {
  let best: Incumbent | null = null;
  let own = lowerBound;
  let state: PendingDecision | null = null;
  // "At most one break" has its own formula (encode.ts 'one'); fairness 0 would forbid that break.
  let one: Encoding | null = null;
  const oneFits = model.fairness === null || model.fairness >= 1;
  const stop = () => Date.now() > deadline || shouldStop() || peerDone();
  const target = () => {
    const lb = Math.max(own, sharedLowerBound());
    const fewest = Math.min(best ? best.breaks : Infinity, sharedBest());
    if (fewest <= lb) return -1;
    if (lb <= 1 && fewest > 1 && oneFits) return 1;
    return fewest <= lb + 1 ? lb : lb + 1;
  };
  try {
    // Where the tables leave room, "no breaks at all?" with meeting counters first, for a short
    // share of the time: the main thread's busy-form formula of the same question is often far
    // slower there (encode.ts oneBreakTableStyle).
    if (own === 0 && oneBreakTableStyle(model) === 'meetings') {
      const until = Date.now() + (deadline - Date.now()) * ZERO_SHARE;
      const zero = encodeAtMostZero(model, domain, stop, 'meetings');
      const answer = solveWithTables(model, zero, () => stop() || Date.now() > until || sharedLowerBound() > 0);
      if (answer.answer === 'sat' && answer.slot) {
        best = { slot: answer.slot, breaks: totalBreaks(model, answer.slot) };
        publishBest(best.breaks);
      } else if (answer.answer === 'unsat') {
        own = 1;
        publishLowerBound(own);
      }
      zero.solver.dispose();
    }
    for (;;) {
      const k = target();
      if (k < 0 || stop()) break;
      if (k === 1 && oneFits) {
        one ??= encode(model, domain, true, 'one', stop, oneBreakTableStyle(model));
        const answer = solveWithTables(model, one, () => stop() || target() !== k);
        if (answer.answer === 'sat' && answer.slot) {
          best = { slot: answer.slot, breaks: totalBreaks(model, answer.slot) };
          publishBest(best.breaks);
        } else if (answer.answer === 'unsat') {
          own = Math.max(own, 2);
          publishLowerBound(own);
        }
        continue;
      }
      if (state === null || k >= state.outputs.length) {
        state?.enc.solver.dispose();
        state = null;
        state = encodeCounted(model, domain, stop, k + CAP_AHEAD);
        if (best) setPhases(model, state.enc, best.slot);
      }
      const bound = neg(state.outputs[k]!);
      // A new bound from the main thread changes the question: the call yields, the formula stays.
      const next = solveWithTables(model, state.enc, () => stop() || target() !== k, [bound]);
      if (next.answer === 'sat' && next.slot) {
        const breaks = totalBreaks(model, next.slot);
        if (!best || breaks < best.breaks) {
          best = { slot: next.slot, breaks };
          publishBest(breaks);
          setPhases(model, state.enc, next.slot);
        }
      } else if (next.answer === 'unsat') {
        // Unsatisfiable without the bound: no schedule at all, which the main thread proves itself.
        if (!state.enc.solver.failed(bound)) break;
        state.enc.solver.addClause([pos(state.outputs[k]!)]);
        own = Math.max(own, k + 1);
        publishLowerBound(own);
      }
    }
  } catch (e) {
    if (!(e instanceof Interrupted)) throw e;
  }
  state?.enc.solver.dispose();
  one?.solver.dispose();
  return best;
}
