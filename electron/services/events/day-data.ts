import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db, Tx } from '../../../db/client';
import { eventMeetings, eventParticipants } from '../../../db/schema';
import type { AgendaSlot, DayMeeting, DayParticipant } from '../../api/contract/event-day';
import type { MeetingStatus } from '../../api/contract/event/lifecycle';
import { AppError } from '../errors';

type Reader = Db | Tx;

export type MeetingRow = typeof eventMeetings.$inferSelect;
export type ParticipantRow = typeof eventParticipants.$inferSelect;
export type MeetingWithSides = { meeting: MeetingRow; requester: ParticipantRow; target: ParticipantRow };

const requesters = alias(eventParticipants, 'requester');
const targets = alias(eventParticipants, 'target');

function selectWithSides(db: Reader) {
  return db
    .select({ meeting: eventMeetings, requester: requesters, target: targets })
    .from(eventMeetings)
    .innerJoin(requesters, eq(requesters.id, eventMeetings.requesterId))
    .innerJoin(targets, eq(targets.id, eventMeetings.targetId));
}

export function requireMeeting(db: Reader, meetingId: number): MeetingWithSides {
  const row = selectWithSides(db).where(eq(eventMeetings.id, meetingId)).get();
  if (!row) throw new AppError('NOT_FOUND', `Gesprek ${meetingId} bestaat niet.`);
  return row;
}

/** The meetings that have a place in the schedule (planned, held or missed), in slot/table order. */
export function placedMeetings(db: Reader, eventId: number, statuses: readonly MeetingStatus[]): MeetingWithSides[] {
  return selectWithSides(db)
    .where(and(eq(eventMeetings.eventId, eventId), inArray(eventMeetings.status, [...statuses])))
    .orderBy(asc(eventMeetings.slotIndex), asc(eventMeetings.tableNumber), asc(eventMeetings.id))
    .all()
    .filter((row) => row.meeting.slotIndex !== null && row.meeting.tableNumber !== null);
}

export const scheduledStatuses: readonly MeetingStatus[] = ['ingepland', 'gehouden', 'niet_opgedaagd'];

export function enterpriseOf(row: MeetingWithSides): ParticipantRow | null {
  if (row.requester.side === 'onderneming') return row.requester;
  if (row.target.side === 'onderneming') return row.target;
  return null;
}

export function academicOf(row: MeetingWithSides): ParticipantRow | null {
  if (row.requester.side === 'academicus') return row.requester;
  if (row.target.side === 'academicus') return row.target;
  return null;
}

const side = (p: ParticipantRow): DayParticipant => ({ id: p.id, displayName: p.displayName, side: p.side });

export function toDayMeeting(row: MeetingWithSides, slots: AgendaSlot[]): DayMeeting {
  const { meeting } = row;
  const slotIndex = meeting.slotIndex ?? -1;
  const slot = slots[slotIndex];
  const enterprise = enterpriseOf(row);
  return {
    id: meeting.id,
    slotIndex,
    tableNumber: meeting.tableNumber ?? 0,
    start: slot?.start ?? '',
    end: slot?.end ?? '',
    requester: side(row.requester),
    target: side(row.target),
    status: meeting.status,
    noShowParticipantId: meeting.noShowParticipantId,
    rating: meeting.rating,
    ratingComment: meeting.ratingComment,
    intakeId: meeting.intakeId,
    needId: meeting.needId ?? enterprise?.needId ?? null,
    canCreateIntake: enterprise !== null && enterprise.organisationId !== null,
  };
}
