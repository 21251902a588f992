import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { eventMeetings, eventParticipants } from '../../../db/schema';
import { loadLayout, slotLabel, type Layout } from './layout';
import { slotsInWindows } from './slots';

/** Statuses that occupy a slot and a table. */
export const placedStatuses = ['ingepland', 'gehouden', 'niet_opgedaagd'] as const;

type BoardMeeting = {
  id: number;
  requesterId: number;
  targetId: number;
  slotIndex: number | null;
  tableNumber: number | null;
  status: string;
  beforeMeetingId: number | null;
};
type BoardParticipant = { id: number; displayName: string; free: Set<number>; cap: number | null; placed: number };

/** Everything a placement check needs, read once so a whole grid can be judged cheaply. */
export type Board = {
  layout: Layout;
  meetings: Map<number, BoardMeeting>;
  participants: Map<number, BoardParticipant>;
  /** "slot:table" -> meeting id. */
  tableAt: Map<string, number>;
  /** "slot:participant" -> meeting id. */
  busyAt: Map<string, number>;
  /** Meeting id -> the meetings that must come before it (precedence). */
  predecessors: Map<number, number[]>;
};

export function loadBoard(db: Db | Tx, eventId: number): Board {
  const layout = loadLayout(db, eventId);
  const meetings = db
    .select({
      id: eventMeetings.id,
      requesterId: eventMeetings.requesterId,
      targetId: eventMeetings.targetId,
      slotIndex: eventMeetings.slotIndex,
      tableNumber: eventMeetings.tableNumber,
      status: eventMeetings.status,
      beforeMeetingId: eventMeetings.beforeMeetingId,
    })
    .from(eventMeetings)
    .where(and(eq(eventMeetings.eventId, eventId), inArray(eventMeetings.status, ['aanvaard', ...placedStatuses])))
    .all();
  const people = db.select().from(eventParticipants).where(eq(eventParticipants.eventId, eventId)).all();
  const board: Board = {
    layout,
    meetings: new Map(),
    participants: new Map(),
    tableAt: new Map(),
    busyAt: new Map(),
    predecessors: new Map(),
  };
  for (const p of people) {
    board.participants.set(p.id, {
      id: p.id,
      displayName: p.displayName,
      free: slotsInWindows(layout.slots, p.availability),
      cap: p.maxMeetings ?? layout.event.maxMeetingsPerParticipant,
      placed: 0,
    });
  }
  for (const m of meetings) {
    board.meetings.set(m.id, m);
    if (m.beforeMeetingId !== null)
      board.predecessors.set(m.beforeMeetingId, [...(board.predecessors.get(m.beforeMeetingId) ?? []), m.id]);
    if (m.slotIndex === null || m.status === 'aanvaard') continue;
    if (m.tableNumber !== null) board.tableAt.set(`${m.slotIndex}:${m.tableNumber}`, m.id);
    for (const pid of [m.requesterId, m.targetId]) {
      board.busyAt.set(`${m.slotIndex}:${pid}`, m.id);
      const person = board.participants.get(pid);
      if (person) person.placed += 1;
    }
  }
  return board;
}

function otherLabel(board: Board, meetingId: number): string {
  const m = board.meetings.get(meetingId);
  if (!m) return `gesprek ${meetingId}`;
  const a = board.participants.get(m.requesterId)?.displayName ?? '';
  const b = board.participants.get(m.targetId)?.displayName ?? '';
  return `${a} – ${b}`;
}

/** Why a meeting cannot go to this slot and table, in Dutch; '' when it can. */
export function placementProblem(board: Board, meetingId: number, slotIndex: number, tableNumber: number): string {
  const { slots, event } = board.layout;
  const meeting = board.meetings.get(meetingId);
  if (!meeting) return 'Alleen aanvaarde of ingeplande gesprekken kunnen een plaats krijgen.';
  if (slotIndex < 0 || slotIndex >= slots.length) return 'Dit slot valt buiten de sessies van het evenement.';
  if (tableNumber < 1 || tableNumber > event.tables)
    return `Tafel ${tableNumber} bestaat niet (het evenement heeft ${event.tables} tafels).`;
  const problems: string[] = [];
  const onTable = board.tableAt.get(`${slotIndex}:${tableNumber}`);
  if (onTable !== undefined && onTable !== meetingId)
    problems.push(`Tafel ${tableNumber} is om ${slotLabel(slots, slotIndex)} bezet door ${otherLabel(board, onTable)}.`);
  const alreadyPlaced = meeting.slotIndex !== null && meeting.status !== 'aanvaard';
  for (const pid of [meeting.requesterId, meeting.targetId]) {
    const person = board.participants.get(pid);
    if (!person) continue;
    if (!person.free.has(slotIndex))
      problems.push(`${person.displayName} is niet beschikbaar om ${slotLabel(slots, slotIndex)}.`);
    const busy = board.busyAt.get(`${slotIndex}:${pid}`);
    if (busy !== undefined && busy !== meetingId)
      problems.push(`${person.displayName} heeft om ${slotLabel(slots, slotIndex)} al een gesprek (${otherLabel(board, busy)}).`);
    if (!alreadyPlaced && person.cap !== null && person.placed >= person.cap) {
      problems.push(`${person.displayName} heeft al het maximum van ${person.cap} gesprekken.`);
    }
  }
  problems.push(...precedenceProblems(board, meeting, slotIndex));
  return problems.join(' ');
}

const isPlaced = (m: BoardMeeting | undefined): m is BoardMeeting & { slotIndex: number } =>
  m !== undefined && m.slotIndex !== null && m.status !== 'aanvaard';

/** A meeting with a precedence must come before its successor and after its predecessors, where those are placed. */
function precedenceProblems(board: Board, meeting: BoardMeeting, slotIndex: number): string[] {
  const { slots } = board.layout;
  const out: string[] = [];
  const next = meeting.beforeMeetingId === null ? undefined : board.meetings.get(meeting.beforeMeetingId);
  if (isPlaced(next) && next.slotIndex <= slotIndex) {
    out.push(`Dit gesprek moet vóór ${otherLabel(board, next.id)} (${slotLabel(slots, next.slotIndex)}) plaatsvinden.`);
  }
  for (const id of board.predecessors.get(meeting.id) ?? []) {
    const m = board.meetings.get(id);
    if (isPlaced(m) && m.slotIndex >= slotIndex) {
      out.push(`Dit gesprek moet na ${otherLabel(board, m.id)} (${slotLabel(slots, m.slotIndex)}) komen.`);
    }
  }
  return out;
}
