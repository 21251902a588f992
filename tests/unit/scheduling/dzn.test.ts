import { describe, expect, it } from 'vitest';
import { parseDzn } from '../../../electron/services/scheduling';
import { AppError } from '../../../electron/services/errors';

const GOOD = `% a tiny instance
nBusiness = 3;
nMeetings = 3;
nTables = 2;
nTotalSlots = 4;
nMorningSlots = 2;
requested = [|1, 2,1,
|2, 3,2,
|1, 3,3,
|];
meetingsxBusiness = [{1,2,4},{1,2,3},{1,3,4}];
nMeetingsBusiness = [2,2,2];
forbidden = [{0},{0,4},{}];
fixed = [0,0,2];
precedences = [{},{},{1}];
`;

function errorOf(text: string): AppError {
  try {
    parseDzn(text, 2);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('parseDzn', () => {
  it('reads the benchmark format into a 0-based problem', () => {
    const p = parseDzn(GOOD, 2);
    expect(p).toMatchObject({ slots: 4, tables: 2, participants: 3, morningSlots: 2, fairness: 2 });
    expect(p.meetings[0]).toEqual({ a: 0, b: 1, weight: 1, required: true, allowedSlots: [0, 1] });
    expect(p.meetings[1]).toMatchObject({ a: 1, b: 2, allowedSlots: [2, 3] });
    expect(p.meetings[2]).toMatchObject({ a: 0, b: 2, fixedSlot: 1 });
    expect(p.meetings[2]!.allowedSlots).toBeUndefined();
    expect(p.forbidden).toEqual([[], [3], []]);
    expect(p.precedences).toEqual([[0, 2]]);
  });

  it('names the missing field', () => {
    const error = errorOf(GOOD.replace('nTables = 2;', ''));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/nTables.*ontbreekt/);
  });

  it('names the line and field of a value that is not a number', () => {
    const error = errorOf(GOOD.replace('nTotalSlots = 4;', 'nTotalSlots = vier;'));
    expect(error.message).toMatch(/Regel 5, veld "nTotalSlots"/);
  });

  it('refuses a meeting count that does not match requested', () => {
    expect(errorOf(GOOD.replace('nMeetings = 3;', 'nMeetings = 4;')).message).toMatch(/requested.*3 gesprekken, verwacht 4/);
  });

  it('refuses unknown participants, sessions and slots', () => {
    expect(errorOf(GOOD.replace('|2, 3,2,', '|2, 9,2,')).message).toMatch(/gesprek 2: deelnemers 2 en 9/);
    expect(errorOf(GOOD.replace('|2, 3,2,', '|2, 3,7,')).message).toMatch(/sessie 7/);
    expect(errorOf(GOOD.replace('{0,4}', '{0,9}')).message).toMatch(/forbidden.*tijdslot 9 bestaat niet/);
    expect(errorOf(GOOD.replace('fixed = [0,0,2]', 'fixed = [0,0,5]')).message).toMatch(/fixed.*gesprek 3/);
    expect(errorOf(GOOD.replace('precedences = [{},{},{1}]', 'precedences = [{},{},{8}]')).message).toMatch(
      /precedences.*gesprek 8/,
    );
  });

  it('refuses garbage instead of a statement', () => {
    expect(errorOf('dit is geen dzn-bestand').message).toMatch(/Regel 1: verwacht "naam = waarde;"/);
  });
});
