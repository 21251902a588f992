/**
 * Complete search by SAT (sat.ts, encode.ts): proves infeasibility, and improves a schedule step
 * by step (total breaks <= best - 1) until the solver proves no better one exists (optimal) or the
 * deadline passes. Only for problems where every meeting is required and fairness reads as
 * "everyone at most d breaks" (someone has at most one meeting), as in the benchmark.
 */
import { addTableLimit, decode, encode, unaryCounter, type Encoding, type TableStyle } from './encode';
import { breaksOfRow, type Model } from './model';
import { publishLowerBound, sharedLowerBound } from './peer';
import { Interrupted, neg, pos, type SatAnswer } from './sat';

export type Incumbent = { slot: Int32Array; breaks: number };
export type ExactOutcome = { answer: 'unsat' | 'optimal' | 'improved' | 'unknown'; best: Incumbent | null };

export function totalBreaks(model: Model, slot: Int32Array): number {
  const occ = new Uint8Array(model.P * model.T);
  for (let m = 0; m < model.M; m++) {
    const t = slot[m]!;
    if (t < 0) continue;
    occ[model.a[m]! * model.T + t] = 1;
    occ[model.b[m]! * model.T + t] = 1;
  }
  let sum = 0;
  for (let p = 0; p < model.P; p++) sum += breaksOfRow(occ, p * model.T, model.T);
  return sum;
}

/**
 * Solves, then refines the tables lazily: a slot holding more than L meetings gets a clause "not
 * all of these L+1 together" (cheap, usually enough when tables are not the real bottleneck);
 * a slot that keeps overflowing gets the full counter.
 */
export function solveWithTables(
  model: Model,
  enc: Encoding,
  stop: () => boolean,
  assumptions: number[] = [],
): { answer: SatAnswer; slot: Int32Array | null } {
  const overflows = new Int32Array(model.T);
  for (;;) {
    const answer = enc.solver.solve(stop, assumptions);
    if (answer !== 'sat') return { answer, slot: null };
    const slot = decode(model, enc);
    const inSlot: number[][] = Array.from({ length: model.T }, () => []);
    for (let m = 0; m < model.M; m++) if (slot[m]! >= 0) inSlot[slot[m]!]!.push(m);
    let added = false;
    for (let t = 0; t < model.T; t++) {
      const here = inSlot[t]!;
      if (here.length <= model.L) continue;
      added = true;
      overflows[t] = overflows[t]! + 1;
      if (overflows[t]! > 20) addTableLimit(model, enc, t);
      else enc.solver.addClause(here.slice(0, model.L + 1).map((m) => (enc.x[m * model.T + t]! << 1) | 1));
    }
    if (!added) return { answer, slot };
  }
}

export function solveExact(
  model: Model,
  domain: Uint8Array,
  stop: () => boolean,
  incumbent: Incumbent | null,
  lowerBound: number,
  withFairness = true,
): ExactOutcome {
  // The best schedule so far survives an interrupted build of the formula or counter.
  const found = { best: incumbent, improved: false };
  try {
    return descend(model, domain, stop, found, lowerBound, withFairness);
  } catch (e) {
    if (!(e instanceof Interrupted)) throw e;
    return { answer: found.improved ? 'improved' : 'unknown', best: found.best };
  }
}

function descend(
  model: Model,
  domain: Uint8Array,
  stop: () => boolean,
  found: { best: Incumbent | null; improved: boolean },
  lowerBound: number,
  withFairness: boolean,
): ExactOutcome {
  const enc = encode(model, domain, withFairness, 'none', stop);
  let best = found.best;
  let improved = false;
  if (best) {
    for (let m = 0; m < model.M; m++)
      if (best.slot[m]! >= 0 && enc.x[m * model.T + best.slot[m]!]! >= 0)
        enc.solver.setPhase(enc.x[m * model.T + best.slot[m]!]!, true);
  } else {
    const first = solveWithTables(model, enc, stop);
    if (first.answer === 'unsat') return { answer: 'unsat', best: null };
    if (first.answer === 'unknown' || !first.slot) return { answer: 'unknown', best: null };
    best = { slot: first.slot, breaks: totalBreaks(model, first.slot) };
    improved = true;
    Object.assign(found, { best, improved });
  }
  if (best.breaks <= lowerBound) return { answer: 'optimal', best };
  const outputs = unaryCounter(enc.solver, enc.gaps, best.breaks);
  for (;;) {
    enc.solver.addClause([(outputs[best.breaks - 1]! << 1) | 1]);
    const next = solveWithTables(model, enc, stop);
    if (next.answer === 'unsat') return { answer: 'optimal', best };
    if (next.answer === 'unknown' || !next.slot) return { answer: improved ? 'improved' : 'unknown', best };
    best = { slot: next.slot, breaks: totalBreaks(model, next.slot) };
    improved = true;
    Object.assign(found, { best, improved });
    if (best.breaks <= lowerBound) return { answer: 'optimal', best };
  }
}

/**
 * The incremental "at most k breaks?" formula of an ascent: one encoding with the total-breaks
 * counter up to `outputs.length`; k is asked by assuming not(outputs[k]), and each UNSAT answer
 * becomes the unit clause outputs[k], so every later question keeps what the solver learnt. Kept
 * between the ascent phases (an interrupted call resumes with its learnt clauses). `zero`: the
 * separate formula of k = 0 (no outputs), kept the same way.
 */
export type PendingDecision = { enc: Encoding; outputs: number[]; zero: boolean };

/**
 * How far above the current question the counter reaches: a counter up to the incumbent's breaks
 * (often 20+) made the SAT call at the optimum several times slower than one just above it.
 */
export const CAP_AHEAD = 4;

/**
 * Lower-bound-first search: decide "a schedule with at most K breaks" for K = lowerBound,
 * lowerBound + 1, ...; each UNSAT answer raises the proven lower bound, the first SAT answer is
 * optimal. Stops at the incumbent's breaks (then the incumbent is proved optimal) or at stop();
 * then `pending` holds the formula, which `resume` continues in a later ascent. K = 0 has its own
 * formula (every participant's meetings in one window: propagates far better than the counter).
 */
export function solveAscending(
  model: Model,
  domain: Uint8Array,
  stop: () => boolean,
  incumbent: Incumbent | null,
  lowerBound: number,
  resume: PendingDecision | null = null,
): ExactOutcome & { lowerBound: number; pending: PendingDecision | null } {
  let k = lowerBound;
  let state = resume;
  const open = () => ({ answer: 'unknown' as const, best: incumbent, lowerBound: k, pending: state });
  for (;;) {
    // A bound the other thread of a portfolio proved (worker/portfolio.ts) skips questions.
    if (incumbent && sharedLowerBound() > k) {
      k = sharedLowerBound();
      if (state && !state.zero && k - 1 < state.outputs.length) state.enc.solver.addClause([pos(state.outputs[k - 1]!)]);
    }
    if (incumbent && incumbent.breaks <= k) return { answer: 'optimal', best: incumbent, lowerBound: k, pending: null };
    if (stop()) return open();
    // No phase hints from the incumbent here: it has more breaks than asked for and misleads.
    let next: { answer: SatAnswer; slot: Int32Array | null };
    let core = true;
    try {
      if (k === 0) {
        if (state === null || !state.zero) {
          state?.enc.solver.dispose();
          state = null;
          state = { enc: encodeAtMostZero(model, domain, stop), outputs: [], zero: true };
        }
        next = solveWithTables(model, state.enc, stop);
        // Answered: the counted formula takes over from k = 1.
        if (next.answer === 'unsat') {
          state.enc.solver.dispose();
          state = null;
        }
      } else {
        if (state === null || state.zero || k >= state.outputs.length) {
          state?.enc.solver.dispose();
          state = null;
          state = encodeCounted(model, domain, stop, Math.min(k + CAP_AHEAD, incumbent ? incumbent.breaks : Infinity));
        }
        const bound = neg(state.outputs[k]!);
        next = solveWithTables(model, state.enc, stop, [bound]);
        if (next.answer === 'unsat') core = state.enc.solver.failed(bound);
      }
    } catch (e) {
      // The build's time check fired.
      if (!(e instanceof Interrupted)) throw e;
      return open();
    }
    if (next.answer === 'unknown') return open();
    if (next.answer === 'sat' && next.slot) {
      state?.enc.solver.dispose();
      const found = { slot: next.slot, breaks: totalBreaks(model, next.slot) };
      return { answer: 'optimal', best: found, lowerBound: k, pending: null };
    }
    // UNSAT without using the bound: no fair schedule exists at all.
    if (!core && incumbent === null) return { answer: 'unsat', best: null, lowerBound: k, pending: null };
    if (state && k > 0) state.enc.solver.addClause([pos(state.outputs[k]!)]);
    if (incumbent === null && k === lowerBound) {
      // No schedule with few breaks; whether any schedule exists is a separate question.
      const any = solveExact(model, domain, stop, null, Infinity);
      if (any.answer === 'unsat') return { answer: 'unsat', best: null, lowerBound: k, pending: null };
      if (any.best) incumbent = any.best;
    }
    k++;
    publishLowerBound(k);
  }
}

/** The formula of "a schedule without breaks?". */
export function encodeAtMostZero(model: Model, domain: Uint8Array, stop: () => boolean, tables: TableStyle = 'busy'): Encoding {
  const enc = encode(model, domain, true, 'all', stop, tables);
  for (const g of enc.gaps) enc.solver.addClause([g ^ 1]);
  return enc;
}

/** The full model with a total-breaks counter up to cap (outputs[j]: more than j breaks). */
export function encodeCounted(model: Model, domain: Uint8Array, stop: () => boolean, cap: number): PendingDecision {
  const enc = encode(model, domain, true, 'none', stop);
  return { enc, outputs: unaryCounter(enc.solver, enc.gaps, cap), zero: false };
}
