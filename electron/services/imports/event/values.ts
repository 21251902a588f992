import { normalizeKey } from '../text';
import type { RowIssue } from '../issues';
import type { CollegeRef } from '../reference';
import { matchCollege, remember, splitMulti } from '../values';

/** A time window 'HH:MM'-'HH:MM' on the event's day (as db/schema/events.ts stores it). */
export type Window = { start: string; end: string };

/**
 * What a registration said about when it can meet. Parts of the day are resolved against the
 * event's sessions at plan time (a morning only means something once the sessions are known).
 */
export type AvailabilityWish = { morning: boolean; afternoon: boolean; windows: Window[] };

/** The event columns of one row: the hogescholen wished for (ids) and the availability. */
export type EventValues = { wishCollegeIds: number[]; wishText: string; availability: AvailabilityWish | null };

type Push = (issue: Omit<RowIssue, 'column'>) => void;

const MORNING = ['voormiddag', 'ochtend', 'morgen', 'vm', 'morning', 'am', 'matin', 'matinee'];
const AFTERNOON = ['namiddag', 'middag', 'nm', 'afternoon', 'pm', 'apres midi', 'apresmidi'];
const WHOLE_DAY = [
  'beide',
  'allebei',
  'hele dag',
  'volledige dag',
  'ganse dag',
  'both',
  'all day',
  'whole day',
  'toute la journee',
  'les deux',
  'ja',
  'yes',
  'oui',
  'x',
];
const hasWord = (key: string, words: string[]) => words.some((w) => ` ${key} `.includes(` ${w} `));
const HHMM = /^([01]?\d|2[0-3])[:.u]([0-5]\d)$/;

const pad = (time: string): string => {
  const m = HHMM.exec(time.trim());
  return m ? `${(m[1] ?? '').padStart(2, '0')}:${m[2] ?? '00'}` : '';
};

type Wishes = { ids: number[]; unknown: string[] };
// Per college list, the answer per cell text: a form offers a few choices, every row repeats them.
const wishAnswers = new WeakMap<CollegeRef[], Map<string, Wishes>>();

function readWishes(text: string, colleges: CollegeRef[]): Wishes {
  let answers = wishAnswers.get(colleges);
  if (!answers) wishAnswers.set(colleges, (answers = new Map<string, Wishes>()));
  const known = answers.get(text);
  if (known) return known;
  const ids: number[] = [];
  const unknown: string[] = [];
  for (const part of splitMulti(text)) {
    const key = normalizeKey(part);
    if (['geen', 'geen voorkeur', 'maakt niet uit', 'none', 'no preference', 'aucune'].includes(key)) continue;
    const college = matchCollege(part, colleges);
    if (college) {
      if (!ids.includes(college.id)) ids.push(college.id);
    } else unknown.push(part);
  }
  return remember(answers, text, { ids, unknown });
}

/** "HOGENT, UCLL" / "Thomas More; AP" -> college ids; a name nobody knows is a warning, not an error. */
export function parseWishes(text: string, colleges: CollegeRef[], push: Push): number[] {
  const { ids, unknown } = readWishes(text, colleges);
  if (unknown.length > 0)
    push({
      field: 'event.wishes',
      severity: 'warning',
      code: 'wish_unknown',
      message: `Onbekende hogeschool in de gesprekswensen: ${unknown.join(', ')}. Die wens wordt niet overgenomen.`,
    });
  // A copy: the caller owns its list (the same answer serves many rows).
  return [...ids];
}

/** "voormiddag" / "namiddag" / "beide" / "10:00-12:00; 14:00-15:30"; empty = the whole event. */
export function parseAvailability(text: string, push: Push): AvailabilityWish | null {
  if (!text.trim()) return null;
  const wish: AvailabilityWish = { morning: false, afternoon: false, windows: [] };
  const unknown: string[] = [];
  for (const part of text
    .split(/[;,|\n\r]+|\s+en\s+|\s+and\s+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const range = /^(\S+)\s*(?:-|–|tot|to|à)\s*(\S+)$/.exec(part);
    const start = range ? pad(range[1] ?? '') : '';
    const end = range ? pad(range[2] ?? '') : '';
    if (start && end && start < end) {
      wish.windows.push({ start, end });
      continue;
    }
    const key = normalizeKey(part);
    const both = WHOLE_DAY.includes(key);
    // Whole words only: "middag" is inside "voormiddag", "am" inside "namiddag".
    const morning = both || hasWord(key, MORNING);
    const afternoon = both || hasWord(key, AFTERNOON);
    if (!morning && !afternoon) unknown.push(part);
    wish.morning ||= morning;
    wish.afternoon ||= afternoon;
  }
  if (unknown.length > 0) {
    push({
      field: 'event.availability',
      severity: 'warning',
      code: 'availability_unknown',
      message: `Beschikbaarheid "${unknown.join(', ')}" niet herkend (gebruik voormiddag, namiddag, beide of 10:00-12:00): de hele dag wordt aangenomen.`,
    });
    if (!wish.morning && !wish.afternoon && wish.windows.length === 0) return null;
  }
  return wish;
}

/**
 * The windows an availability wish comes to for an event's sessions: a part of the day is every
 * session that starts in it (before or from 12:00). Null = available for the whole event. A wish
 * that covers no session at all is reported, and the registration then counts as available
 * throughout (the coordinator decides), rather than being left with no slot.
 */
export function windowsFor(
  wish: AvailabilityWish | null,
  sessions: Window[],
): { windows: Window[] | null; problem: string | null } {
  if (!wish) return { windows: null, problem: null };
  const chosen: Window[] = [];
  for (const s of sessions) {
    const morning = s.start < '12:00';
    if ((morning && wish.morning) || (!morning && wish.afternoon)) chosen.push({ start: s.start, end: s.end });
  }
  for (const w of wish.windows) {
    if (sessions.some((s) => w.start < s.end && w.end > s.start)) chosen.push(w);
  }
  if (sessions.length === 0)
    return { windows: null, problem: 'Het event heeft nog geen sessies: de beschikbaarheid wordt niet overgenomen.' };
  if (chosen.length === 0)
    return {
      windows: null,
      problem: 'De opgegeven beschikbaarheid valt buiten de sessies van het event: de hele dag wordt aangenomen.',
    };
  const whole = sessions.every((s) => chosen.some((c) => c.start <= s.start && c.end >= s.end));
  return { windows: whole ? null : chosen.sort((a, b) => a.start.localeCompare(b.start)), problem: null };
}
