import type { DayMeeting } from '../../../../../electron/api/contract';

export type DayAction =
  | { kind: 'move'; delta: number }
  | { kind: 'mark'; outcome: 'gehouden' }
  | { kind: 'mark'; outcome: 'niet_opgedaagd'; who: 'both' | 'onderneming' | 'academicus' }
  | { kind: 'undo' }
  | { kind: 'rate' };

/** The on-the-day shortcuts: one key per mark, so a round of ten tables takes ten keystrokes. */
export function dayActionForKey(key: string): DayAction | null {
  switch (key.toLowerCase()) {
    case 'arrowdown':
    case 'j':
      return { kind: 'move', delta: 1 };
    case 'arrowup':
    case 'k':
      return { kind: 'move', delta: -1 };
    case 'h':
      return { kind: 'mark', outcome: 'gehouden' };
    case 'n':
      return { kind: 'mark', outcome: 'niet_opgedaagd', who: 'both' };
    case 'o':
      return { kind: 'mark', outcome: 'niet_opgedaagd', who: 'onderneming' };
    case 'a':
      return { kind: 'mark', outcome: 'niet_opgedaagd', who: 'academicus' };
    case 'u':
      return { kind: 'undo' };
    case 'b':
      return { kind: 'rate' };
    default:
      return null;
  }
}

/** The participant of the given side in a meeting (the one who did not show up). */
export function participantOfSide(meeting: DayMeeting, side: 'onderneming' | 'academicus'): number | null {
  if (meeting.requester.side === side) return meeting.requester.id;
  if (meeting.target.side === side) return meeting.target.id;
  return null;
}

export function enterpriseFirst(meeting: DayMeeting): [DayMeeting['requester'], DayMeeting['target']] {
  return meeting.requester.side === 'onderneming' || meeting.target.side !== 'onderneming'
    ? [meeting.requester, meeting.target]
    : [meeting.target, meeting.requester];
}
