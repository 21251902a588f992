import { describe, expect, it } from 'vitest';
import { upperBound } from '../../../electron/services/scheduling';
import { breaksLowerBounds, minBreaksFor } from '../../../electron/services/scheduling/bounds';
import { buildModel } from '../../../electron/services/scheduling/model';
import { problem } from './build';

describe('upperBound', () => {
  it('is the number of meetings when everything fits', () => {
    expect(
      upperBound(
        problem({
          slots: 3,
          meetings: [
            [0, 1],
            [0, 2],
            [1, 2],
          ],
        }),
      ),
    ).toBe(3);
  });

  it('is limited by per-person capacity (max-flow)', () => {
    // A star: participant 0 wants 5 meetings but only has 3 slots.
    expect(
      upperBound(
        problem({
          slots: 3,
          meetings: [
            [0, 1],
            [0, 2],
            [0, 3],
            [0, 4],
            [0, 5],
          ],
        }),
      ),
    ).toBe(3);
    // Caps on meetings count too.
    expect(
      upperBound(
        problem({
          slots: 6,
          maxMeetings: [2, null, null, null, null, null],
          meetings: [
            [0, 1],
            [0, 2],
            [0, 3],
            [4, 5],
          ],
        }),
      ),
    ).toBe(3);
  });

  it('is limited by tables and by the matching in each slot', () => {
    expect(
      upperBound(
        problem({
          slots: 2,
          tables: 1,
          meetings: [
            [0, 1],
            [2, 3],
            [4, 5],
            [6, 7],
          ],
        }),
      ),
    ).toBe(2);
    // A triangle fits at most one meeting per slot (fractional matching 1.5 rounds down to 1).
    expect(
      upperBound(
        problem({
          slots: 2,
          tables: 5,
          meetings: [
            [0, 1],
            [1, 2],
            [0, 2],
          ],
        }),
      ),
    ).toBe(2);
  });

  it('leaves out meetings that fit no slot', () => {
    expect(
      upperBound(
        problem({
          slots: 2,
          forbidden: [[0, 1], [], []],
          meetings: [
            [0, 1],
            [1, 2],
          ],
        }),
      ),
    ).toBe(1);
  });
});

describe('break lower bounds', () => {
  it('finds the fewest idle runs for k slots', () => {
    const usable = Uint8Array.from([1, 1, 0, 1, 1, 1, 0, 1]);
    const none = new Uint8Array(8);
    expect(minBreaksFor(8, usable, none, 3)).toBe(0);
    expect(minBreaksFor(8, usable, none, 4)).toBe(1);
    expect(minBreaksFor(8, usable, none, 6)).toBe(2);
    expect(minBreaksFor(8, usable, none, 7)).toBe(Infinity);
    expect(minBreaksFor(8, usable, Uint8Array.from([1, 0, 0, 0, 0, 0, 0, 1]), 2)).toBe(1);
  });

  it('uses fixed meetings and forbidden slots per participant', () => {
    const p = problem({
      slots: 6,
      forbidden: [[2, 4], [], [], []],
      meetings: [[0, 1], [0, 2], { a: 0, b: 3, weight: 1, required: true, fixedSlot: 5 }],
    });
    expect(breaksLowerBounds(buildModel(p))).toEqual([1, 0, 0, 0]);
  });
});
