import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { eventMeetings } from '../../../db/schema';
import type { ScheduleMode } from '../../api/contract/event/schedule';
import { meetingPriorityWeights, type MeetingPriority, type MeetingStatus } from '../../api/contract/event/lifecycle';
import type { ScheduleMeeting, ScheduleProblem } from '../scheduling';
import { loadBoard, type Board } from './placement';

type Row = {
  id: number;
  requesterId: number;
  targetId: number;
  priority: MeetingPriority;
  status: MeetingStatus;
  slotIndex: number | null;
  tableNumber: number | null;
  locked: boolean;
  beforeMeetingId: number | null;
};

/** The event mapped onto the scheduler's 0-based problem, with the way back to ids. */
export type EventProblem = {
  board: Board;
  problem: ScheduleProblem;
  /** Problem meeting index -> meeting row. */
  rows: Row[];
  /** Per problem meeting: fixed (stays where it is) or free (the scheduler places it). */
  fixed: boolean[];
  lockedTables: (number | null)[];
  /** Compared again right before storing, so a schedule computed on stale data is not written. */
  fingerprint: string;
};

function isFixed(row: Row, mode: ScheduleMode): boolean {
  if (row.status === 'gehouden' || row.status === 'niet_opgedaagd') return true;
  if (row.status !== 'ingepland') return false;
  return mode === 'rest' || row.locked;
}

export function meetingFingerprint(db: Db | Tx, eventId: number): string {
  const rows = db
    .select({
      id: eventMeetings.id,
      s: eventMeetings.status,
      i: eventMeetings.slotIndex,
      t: eventMeetings.tableNumber,
      l: eventMeetings.locked,
    })
    .from(eventMeetings)
    .where(eq(eventMeetings.eventId, eventId))
    .orderBy(eventMeetings.id)
    .all();
  return JSON.stringify(rows);
}

export function buildProblem(db: Db | Tx, eventId: number, mode: ScheduleMode): EventProblem {
  const board = loadBoard(db, eventId);
  const fingerprint = meetingFingerprint(db, eventId);
  const rows: Row[] = db
    .select({
      id: eventMeetings.id,
      requesterId: eventMeetings.requesterId,
      targetId: eventMeetings.targetId,
      priority: eventMeetings.priority,
      status: eventMeetings.status,
      slotIndex: eventMeetings.slotIndex,
      tableNumber: eventMeetings.tableNumber,
      locked: eventMeetings.locked,
      beforeMeetingId: eventMeetings.beforeMeetingId,
    })
    .from(eventMeetings)
    .where(eq(eventMeetings.eventId, eventId))
    .orderBy(eventMeetings.id)
    .all()
    .filter(
      (r) =>
        r.status === 'aanvaard' ||
        ((r.status === 'ingepland' || r.status === 'gehouden' || r.status === 'niet_opgedaagd') && r.slotIndex !== null),
    );
  const people = new Map<number, number>();
  const personIndex = (id: number) => {
    let index = people.get(id);
    if (index === undefined) {
      index = people.size;
      people.set(id, index);
    }
    return index;
  };
  const fixed = rows.map((r) => isFixed(r, mode));
  const meetings: ScheduleMeeting[] = rows.map((r, i) => {
    const m: ScheduleMeeting = {
      a: personIndex(r.requesterId),
      b: personIndex(r.targetId),
      weight: meetingPriorityWeights[r.priority],
      required: fixed[i] ?? false,
    };
    if (fixed[i] && r.slotIndex !== null) m.fixedSlot = r.slotIndex;
    return m;
  });
  const { slots } = board.layout;
  const forbidden: number[][] = [];
  const maxMeetings: (number | null)[] = [];
  for (const [id, index] of people) {
    const person = board.participants.get(id);
    forbidden[index] = slots.filter((s) => !person?.free.has(s.index)).map((s) => s.index);
    maxMeetings[index] = person?.cap ?? null;
  }
  const position = new Map(rows.map((r, i) => [r.id, i]));
  const precedences: [number, number][] = [];
  rows.forEach((r, i) => {
    const later = r.beforeMeetingId === null ? undefined : position.get(r.beforeMeetingId);
    if (later !== undefined) precedences.push([i, later]);
  });
  const morning = slots.filter((s) => s.session === 0).length;
  const problem: ScheduleProblem = {
    slots: slots.length,
    tables: board.layout.event.tables,
    participants: people.size,
    forbidden,
    maxMeetings,
    meetings,
    precedences,
    fairness: null,
    ...(morning > 0 && morning < slots.length ? { morningSlots: morning } : {}),
  };
  const lockedTables = rows.map((r, i) => (fixed[i] && r.tableNumber !== null ? r.tableNumber - 1 : null));
  return { board, problem, rows, fixed, lockedTables, fingerprint };
}
