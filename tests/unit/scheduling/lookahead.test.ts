import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkSchedule } from '../../../electron/services/scheduling';
import { encode } from '../../../electron/services/scheduling/encode';
import { encodeAtMostZero, solveExact, solveWithTables, totalBreaks } from '../../../electron/services/scheduling/exact';
import { lookAhead } from '../../../electron/services/scheduling/lookahead';
import { buildModel } from '../../../electron/services/scheduling/model';
import {
  newPeerBuffer,
  peerDone,
  publishBest,
  publishLowerBound,
  setPeer,
  sharedLowerBound,
} from '../../../electron/services/scheduling/peer';
import { loadSat } from '../../../electron/services/scheduling/sat';
import { randomProblem } from './build';

const never = () => false;

describe('the portfolio helper (look-ahead search, "at most one break" formula, shared bounds)', () => {
  beforeAll(loadSat);
  afterEach(() => setPeer(null, 0));

  it('the "no breaks" and "at most one break" formulas are satisfiable exactly when the optimum is at most 0 / 1', () => {
    let atMostOne = 0;
    let more = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const spec = randomProblem(seed);
      const model = buildModel(spec);
      const exact = solveExact(model, model.domain, never, null, 0);
      if (exact.answer !== 'optimal') continue;
      // Both table styles (encode.ts TableStyle) must give the same answers.
      for (const tables of ['busy', 'meetings'] as const) {
        const zero = solveWithTables(model, encodeAtMostZero(model, model.domain, never, tables), never);
        expect(zero.answer, `seed ${seed} ${tables} no breaks`).toBe(exact.best!.breaks === 0 ? 'sat' : 'unsat');
        const answer = solveWithTables(model, encode(model, model.domain, true, 'one', null, tables), never);
        if (exact.best!.breaks <= 1) {
          expect(answer.answer, `seed ${seed} ${tables}`).toBe('sat');
          expect(checkSchedule(spec, [...answer.slot!]).valid).toBe(true);
          expect(totalBreaks(model, answer.slot!)).toBeLessThanOrEqual(1);
        } else {
          expect(answer.answer, `seed ${seed} ${tables}`).toBe('unsat');
        }
      }
      if (exact.best!.breaks <= 1) atMostOne++;
      else more++;
    }
    expect(atMostOne).toBeGreaterThan(5);
    expect(more).toBeGreaterThan(5);
  });

  it('alone, the look-ahead ends at the optimum with the bound proved', () => {
    let compared = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const spec = randomProblem(seed);
      const model = buildModel(spec);
      const exact = solveExact(model, model.domain, never, null, 0);
      if (exact.answer !== 'optimal') continue;
      setPeer(newPeerBuffer(), 1);
      const best = lookAhead(model, model.domain, Date.now() + 60_000, never, 0);
      expect(best).not.toBeNull();
      expect(checkSchedule(spec, [...best!.slot]).valid).toBe(true);
      expect(best!.breaks).toBe(exact.best!.breaks);
      expect(sharedLowerBound()).toBe(exact.best!.breaks);
      compared++;
    }
    expect(compared).toBeGreaterThan(15);
  });

  it('the shared bounds: the better of both threads, done when a schedule meets a bound', () => {
    const buffer = newPeerBuffer();
    setPeer(buffer, 0);
    publishLowerBound(3);
    publishBest(7);
    expect(peerDone()).toBe(false);
    setPeer(buffer, 1);
    publishLowerBound(2);
    expect(sharedLowerBound()).toBe(3);
    publishBest(3);
    expect(peerDone()).toBe(true);
    setPeer(null, 0);
    expect(sharedLowerBound()).toBe(0);
    expect(peerDone()).toBe(false);
  });
});
