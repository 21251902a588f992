import { and, asc, count, eq, isNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { eventMeetings, eventParticipants } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import type { FollowUpPage } from '../../api/contract/event-day';
import { recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { requireMeeting } from './day-data';
import { requireEvent } from './day-slots';

const requester = alias(eventParticipants, 'fu_requester');
const target = alias(eventParticipants, 'fu_target');

/** The second-stage follow-up, months after the event: what became of a held meeting. */
export function setFollowUp(ctx: AppContext, input: ParsedInputOf<'eventDay.setFollowUp'>): { meetingId: number } {
  const now = ctx.now().toISOString();
  ctx.db().transaction((tx) => {
    const { meeting } = requireMeeting(tx, input.meetingId);
    if (meeting.status !== 'gehouden') {
      throw new AppError('CONFLICT', 'Alleen een gehouden gesprek krijgt een opvolging.', { status: meeting.status });
    }
    const after = { followUp: input.followUp, followUpNote: input.note, followUpAt: input.date };
    tx.update(eventMeetings)
      .set({ ...after, updatedAt: now })
      .where(eq(eventMeetings.id, meeting.id))
      .run();
    recordAudit(tx, ctx.actor, now, {
      entity: 'event_meeting',
      entityId: meeting.id,
      action: 'follow_up',
      changes: {
        followUp: { from: meeting.followUp, to: input.followUp },
        followUpNote: { from: meeting.followUpNote, to: input.note },
        followUpAt: { from: meeting.followUpAt, to: input.date },
      },
    });
  });
  return { meetingId: input.meetingId };
}

/** Held meetings of an event with their follow-up, paged in SQL; `onlyOpen` keeps those still without one. */
export function listFollowUp(ctx: AppContext, input: ParsedInputOf<'eventDay.listFollowUp'>): FollowUpPage {
  const db = ctx.db();
  requireEvent(db, input.eventId);
  const held = and(eq(eventMeetings.eventId, input.eventId), eq(eventMeetings.status, 'gehouden'));
  const where: SQL | undefined = input.onlyOpen ? and(held, isNull(eventMeetings.followUp)) : held;
  const enterpriseFirst = sql<boolean>`${requester.side} = 'onderneming'`;
  const rows = db
    .select({
      meetingId: eventMeetings.id,
      slotIndex: eventMeetings.slotIndex,
      enterpriseName: sql<string>`CASE WHEN ${enterpriseFirst} THEN ${requester.displayName} ELSE ${target.displayName} END`,
      academicName: sql<string>`CASE WHEN ${enterpriseFirst} THEN ${target.displayName} ELSE ${requester.displayName} END`,
      rating: eventMeetings.rating,
      ratingComment: eventMeetings.ratingComment,
      intakeId: eventMeetings.intakeId,
      followUp: eventMeetings.followUp,
      followUpNote: eventMeetings.followUpNote,
      followUpAt: eventMeetings.followUpAt,
    })
    .from(eventMeetings)
    .innerJoin(requester, eq(requester.id, eventMeetings.requesterId))
    .innerJoin(target, eq(target.id, eventMeetings.targetId))
    .where(where)
    .orderBy(asc(eventMeetings.slotIndex), asc(eventMeetings.tableNumber), asc(eventMeetings.id))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const total = db.select({ n: count() }).from(eventMeetings).where(where).get()?.n ?? 0;
  const withoutFollowUp =
    db
      .select({ n: count() })
      .from(eventMeetings)
      .where(and(held, isNull(eventMeetings.followUp)))
      .get()?.n ?? 0;
  return { rows, total, withoutFollowUp };
}
