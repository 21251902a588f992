import { describe, expect, it } from 'vitest';
import { parseAvailability, parseWishes, windowsFor } from '../../../electron/services/imports/event/values';
import type { RowIssue } from '../../../electron/services/imports';

const colleges = [
  { id: 1, name: 'Hogeschool Gent', shortName: 'HOGENT', website: 'https://www.hogent.be' },
  { id: 2, name: 'UC Leuven-Limburg', shortName: 'UCLL', website: 'https://www.ucll.be' },
  { id: 3, name: 'Thomas More', shortName: 'Thomas More', website: '' },
];
const collect = () => {
  const issues: Omit<RowIssue, 'column'>[] = [];
  return { issues, push: (i: Omit<RowIssue, 'column'>) => issues.push(i) };
};
const sessions = [
  { start: '09:00', end: '12:00' },
  { start: '13:30', end: '16:00' },
];

describe('meeting wishes', () => {
  it('maps several hogescholen by short or full name, once each, and warns about an unknown one', () => {
    const { issues, push } = collect();
    expect(parseWishes('HOGENT, UC Leuven-Limburg; hogent / Hogeschool Nergens', colleges, push)).toEqual([1, 2]);
    expect(issues).toEqual([expect.objectContaining({ code: 'wish_unknown', severity: 'warning', field: 'event.wishes' })]);
    expect(issues[0]?.message).toContain('Hogeschool Nergens');
  });

  it('takes "geen voorkeur" and an empty cell as no wish, without a warning', () => {
    const { issues, push } = collect();
    expect(parseWishes('geen voorkeur', colleges, push)).toEqual([]);
    expect(parseWishes('', colleges, push)).toEqual([]);
    expect(issues).toEqual([]);
  });
});

describe('availability', () => {
  it('reads parts of the day in Dutch, English and French, and time windows', () => {
    const { issues, push } = collect();
    expect(parseAvailability('voormiddag', push)).toEqual({ morning: true, afternoon: false, windows: [] });
    expect(parseAvailability('Namiddag', push)).toEqual({ morning: false, afternoon: true, windows: [] });
    expect(parseAvailability('voormiddag/namiddag', push)).toEqual({ morning: true, afternoon: true, windows: [] });
    expect(parseAvailability('après-midi', push)).toEqual({ morning: false, afternoon: true, windows: [] });
    expect(parseAvailability('beide', push)).toEqual({ morning: true, afternoon: true, windows: [] });
    expect(parseAvailability('10u00-11.30; 14:00 tot 15:00', push)).toEqual({
      morning: false,
      afternoon: false,
      windows: [
        { start: '10:00', end: '11:30' },
        { start: '14:00', end: '15:00' },
      ],
    });
    expect(parseAvailability('', push)).toBeNull();
    expect(issues).toEqual([]);
  });

  it('warns about text it does not understand and then assumes the whole day', () => {
    const { issues, push } = collect();
    expect(parseAvailability('als het past', push)).toBeNull();
    expect(issues).toEqual([expect.objectContaining({ code: 'availability_unknown', severity: 'warning' })]);
  });

  it('turns a wish into windows of the event sessions; the whole event is null', () => {
    expect(windowsFor({ morning: true, afternoon: false, windows: [] }, sessions)).toEqual({
      windows: [{ start: '09:00', end: '12:00' }],
      problem: null,
    });
    expect(windowsFor({ morning: true, afternoon: true, windows: [] }, sessions)).toEqual({ windows: null, problem: null });
    expect(
      windowsFor({ morning: false, afternoon: false, windows: [{ start: '14:00', end: '15:00' }] }, sessions).windows,
    ).toEqual([{ start: '14:00', end: '15:00' }]);
    expect(windowsFor(null, sessions)).toEqual({ windows: null, problem: null });
  });

  it('says so when the wish falls outside every session, or the event has no sessions yet', () => {
    const onlyMorning = [{ start: '09:00', end: '12:00' }];
    const outside = windowsFor({ morning: false, afternoon: true, windows: [] }, onlyMorning);
    expect(outside.windows).toBeNull();
    expect(outside.problem).toContain('buiten de sessies');
    expect(windowsFor({ morning: true, afternoon: false, windows: [] }, []).problem).toContain('nog geen sessies');
  });
});
