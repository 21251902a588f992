import { and, count, countDistinct, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { eventMeetings, eventParticipants, eventScheduleRuns, intakes, needs } from '../../../db/schema';
import type { EventFigures } from '../../api/contract/event-day';
import {
  meetingFollowUpValues,
  meetingRatingValues,
  type MeetingFollowUp,
  type MeetingRating,
  type MeetingStatus,
} from '../../api/contract/event/lifecycle';
import type { AppContext } from '../context';
import { requireEvent } from './day-slots';

const acceptedStatuses: MeetingStatus[] = ['aanvaard', 'ingepland', 'gehouden', 'niet_opgedaagd'];
const scheduledStatuses: MeetingStatus[] = ['ingepland', 'gehouden', 'niet_opgedaagd'];

/**
 * The figures of one event, each from the data alone (same data, same numbers): the events page
 * shows them and the reports reuse them.
 */
export function eventFigures(ctx: AppContext, eventId: number): EventFigures {
  const db = ctx.db();
  requireEvent(db, eventId);
  const ofEvent = eq(eventMeetings.eventId, eventId);

  const registrations = { onderneming: 0, academicus: 0, cancelled: 0 };
  const participantRows = db
    .select({ side: eventParticipants.side, status: eventParticipants.status, n: count() })
    .from(eventParticipants)
    .where(eq(eventParticipants.eventId, eventId))
    .groupBy(eventParticipants.side, eventParticipants.status)
    .all();
  for (const row of participantRows) {
    if (row.status === 'geannuleerd') registrations.cancelled += row.n;
    else registrations[row.side] += row.n;
  }

  const byStatus = new Map<MeetingStatus, number>();
  for (const row of db
    .select({ status: eventMeetings.status, n: count() })
    .from(eventMeetings)
    .where(ofEvent)
    .groupBy(eventMeetings.status)
    .all()) {
    byStatus.set(row.status, row.n);
  }
  const sum = (statuses: MeetingStatus[]) => statuses.reduce((total, s) => total + (byStatus.get(s) ?? 0), 0);

  const ratings = Object.fromEntries(meetingRatingValues.map((v) => [v, 0])) as Record<MeetingRating, number>;
  let unrated = 0;
  for (const row of db
    .select({ rating: eventMeetings.rating, n: count() })
    .from(eventMeetings)
    .where(and(ofEvent, eq(eventMeetings.status, 'gehouden')))
    .groupBy(eventMeetings.rating)
    .all()) {
    if (row.rating === null) unrated += row.n;
    else ratings[row.rating] = row.n;
  }

  const followUps = Object.fromEntries(meetingFollowUpValues.map((v) => [v, 0])) as Record<MeetingFollowUp, number>;
  let withoutFollowUp = 0;
  for (const row of db
    .select({ followUp: eventMeetings.followUp, n: count() })
    .from(eventMeetings)
    .where(and(ofEvent, eq(eventMeetings.status, 'gehouden')))
    .groupBy(eventMeetings.followUp)
    .all()) {
    if (row.followUp === null) withoutFollowUp += row.n;
    else followUps[row.followUp] = row.n;
  }

  // Intakes and trajects that came from the event: meeting -> intake -> need -> traject.
  const fromEvent = and(ofEvent, isNotNull(eventMeetings.intakeId));
  const intakeFigures = db
    .select({
      intakes: countDistinct(intakes.id),
      held: countDistinct(sql`CASE WHEN ${intakes.held} THEN ${intakes.id} END`),
      trajects: countDistinct(needs.trajectId),
    })
    .from(eventMeetings)
    .innerJoin(intakes, eq(intakes.id, eventMeetings.intakeId))
    .innerJoin(needs, eq(needs.id, intakes.needId))
    .where(fromEvent)
    .get();

  const lastRun = db
    .select({
      placed: eventScheduleRuns.placed,
      upperBound: eventScheduleRuns.upperBound,
      requested: eventScheduleRuns.requested,
      status: eventScheduleRuns.status,
    })
    .from(eventScheduleRuns)
    .where(eq(eventScheduleRuns.eventId, eventId))
    .orderBy(desc(eventScheduleRuns.startedAt), desc(eventScheduleRuns.id))
    .limit(1)
    .get();

  return {
    eventId,
    registrations,
    requests: [...byStatus.values()].reduce((a, b) => a + b, 0),
    accepted: sum(acceptedStatuses),
    declined: sum(['geweigerd']),
    scheduled:
      db
        .select({ n: count() })
        .from(eventMeetings)
        .where(and(ofEvent, inArray(eventMeetings.status, scheduledStatuses), isNotNull(eventMeetings.slotIndex)))
        .get()?.n ?? 0,
    lastRun: lastRun ?? null,
    held: sum(['gehouden']),
    noShows: sum(['niet_opgedaagd']),
    ratings,
    unrated,
    intakes: intakeFigures?.intakes ?? 0,
    intakesHeld: intakeFigures?.held ?? 0,
    trajects: intakeFigures?.trajects ?? 0,
    followUps,
    withoutFollowUp,
  };
}
