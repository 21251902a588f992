/**
 * Complete search by SAT (sat.ts, encode.ts): proves infeasibility, and improves a schedule step
 * by step (total breaks <= best - 1) until the solver proves no better one exists (optimal) or the
 * deadline passes. Only for problems where every meeting is required and fairness reads as
 * "everyone at most d breaks" (someone has at most one meeting), as in the benchmark.
 */
import { addTableLimit, decode, encode, unaryCounter, type Encoding } from './encode';
import { breaksOfRow, type Model } from './model';
import { Interrupted, type SatAnswer } from './sat';

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
): { answer: SatAnswer; slot: Int32Array | null } {
  const overflows = new Int32Array(model.T);
  for (;;) {
    const answer = enc.solver.solve(stop);
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

/** An interrupted "at most k breaks?" call, kept so a later ascent resumes it (learnt clauses and all). */
export type PendingDecision = { k: number; enc: Encoding };

/**
 * Lower-bound-first search: decide "a schedule with at most K breaks" for K = lowerBound,
 * lowerBound + 1, ...; each UNSAT answer raises the proven lower bound, the first SAT answer is
 * optimal. Stops at the incumbent's breaks (then the incumbent is proved optimal) or at stop();
 * then `pending` holds the open call, which `resume` continues in a later ascent.
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
  for (;;) {
    if (incumbent && incumbent.breaks <= k) return { answer: 'optimal', best: incumbent, lowerBound: k, pending: null };
    if (stop()) return { answer: 'unknown', best: incumbent, lowerBound: k, pending: resume?.k === k ? resume : null };
    // No phase hints from the incumbent here: it has more breaks than asked for and misleads.
    let enc: Encoding | null = resume?.k === k ? resume.enc : null;
    resume = null;
    let next: { answer: SatAnswer; slot: Int32Array | null };
    try {
      enc ??= encodeAtMost(model, domain, stop, k);
      next = solveWithTables(model, enc, stop);
    } catch (e) {
      // The build's time check fired (a resumed formula's check is the old phase's, hence here too).
      if (!(e instanceof Interrupted)) throw e;
      return { answer: 'unknown', best: incumbent, lowerBound: k, pending: null };
    }
    if (next.answer === 'unknown') return { answer: 'unknown', best: incumbent, lowerBound: k, pending: { k, enc } };
    if (next.answer === 'sat' && next.slot) {
      const found = { slot: next.slot, breaks: totalBreaks(model, next.slot) };
      return { answer: 'optimal', best: found, lowerBound: k, pending: null };
    }
    if (incumbent === null && k === lowerBound) {
      // No schedule with few breaks; whether any schedule exists is a separate question.
      const any = solveExact(model, domain, stop, null, Infinity);
      if (any.answer === 'unsat') return { answer: 'unsat', best: null, lowerBound: k, pending: null };
      if (any.best) incumbent = any.best;
    }
    k++;
  }
}

/** The formula of "a schedule with at most k breaks in total?". */
function encodeAtMost(model: Model, domain: Uint8Array, stop: () => boolean, k: number): Encoding {
  const enc = encode(model, domain, true, k === 0 ? 'all' : 'none', stop);
  if (k === 0) for (const g of enc.gaps) enc.solver.addClause([g ^ 1]);
  else {
    const outputs = unaryCounter(enc.solver, enc.gaps, k + 1);
    enc.solver.addClause([(outputs[k]! << 1) | 1]);
  }
  return enc;
}
