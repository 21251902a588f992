import { describe, expect, it } from 'vitest';
import { checkSchedule } from '../../../electron/services/scheduling';
import { problem } from './build';

describe('checkSchedule (independent checker)', () => {
  const base = problem({
    slots: 5,
    tables: 2,
    meetings: [
      [0, 1],
      [0, 2],
      [1, 2],
    ],
  });

  it('accepts a valid schedule and recomputes the breaks', () => {
    // A triangle always leaves someone a break: participant 1 meets in slots 0 and 2.
    expect(checkSchedule(base, [0, 1, 2])).toMatchObject({ valid: true, breaks: 1, breaksPerParticipant: [0, 1, 0] });
    // Participant 0 meets in 0 and 3 (one break), 1 in 0 and 4 (one break), 2 in 3 and 4.
    expect(checkSchedule(base, [0, 3, 4])).toMatchObject({ valid: true, breaks: 2, breaksPerParticipant: [1, 1, 0] });
  });

  it('counts a run of idle slots as one break', () => {
    const p = problem({
      slots: 8,
      meetings: [
        [0, 1],
        [0, 2],
        [0, 3],
      ],
    });
    expect(checkSchedule(p, [0, 4, 7]).breaksPerParticipant[0]).toBe(2);
  });

  it('catches each violated constraint', () => {
    expect(checkSchedule(base, [1, 1, 2]).violations.join()).toMatch(/two meetings in slot 1 \(1\)/);
    const oneTable = { ...base, tables: 1 };
    expect(checkSchedule(oneTable, [0, 0, 1]).violations.join()).toMatch(/\(2\)/);
    const session = { ...base, meetings: base.meetings.map((m, i) => (i === 0 ? { ...m, allowedSlots: [3, 4] } : m)) };
    expect(checkSchedule(session, [0, 1, 2]).violations.join()).toMatch(/outside its session \(3\)/);
    const forbidden = { ...base, forbidden: [[], [], [2]] };
    expect(checkSchedule(forbidden, [0, 1, 2]).violations.join()).toMatch(/forbidden for participant 2 \(4\)/);
    const fixed = { ...base, meetings: base.meetings.map((m, i) => (i === 1 ? { ...m, fixedSlot: 4 } : m)) };
    expect(checkSchedule(fixed, [0, 1, 2]).violations.join()).toMatch(/fixed to 4 but placed in 1 \(5\)/);
    const prec = { ...base, precedences: [[2, 0]] as [number, number][] };
    expect(checkSchedule(prec, [0, 1, 2]).violations.join()).toMatch(/\(6\)/);
    const fair = problem({
      slots: 7,
      fairness: 1,
      meetings: [
        [0, 1],
        [0, 2],
        [0, 3],
        [4, 5],
      ],
    });
    expect(checkSchedule(fair, [0, 2, 4, 0]).violations.join()).toMatch(/participant 0: 2 breaks.*\(7\)/);
    expect(checkSchedule(fair, [0, 1, 3, 0]).valid).toBe(true);
  });

  it('refuses an unplaced required meeting but allows an unplaced optional one', () => {
    expect(checkSchedule(base, [0, null, 2]).violations.join()).toMatch(/required but not placed/);
    const optional = { ...base, meetings: base.meetings.map((m) => ({ ...m, required: false })) };
    expect(checkSchedule(optional, [0, null, 2]).valid).toBe(true);
  });
});
