import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { eventMeetings } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import type { AgendaSlot, DayMeeting, DayView } from '../../api/contract/event-day';
import { canTransitionMeeting } from '../../api/contract/event/lifecycle';
import { recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { brusselsDate } from '../time';
import { placedMeetings, requireMeeting, scheduledStatuses, toDayMeeting, type MeetingWithSides } from './day-data';
import { eventSlots, requireEvent } from './day-slots';

const brusselsClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * On the event's day the round under way: the last one that has started (a round is not over
 * until the next begins, so the coordinator can still mark it during the changeover). On any
 * other day: the first round with a meeting still to mark.
 */
function currentSlot(now: Date, eventDate: string, slots: AgendaSlot[], meetings: DayMeeting[]): number | null {
  const used = [...new Set(meetings.map((m) => m.slotIndex))].sort((a, b) => a - b);
  if (used.length === 0) return null;
  if (brusselsDate(now) === eventDate) {
    const clock = brusselsClock.format(now);
    const started = used.filter((index) => (slots[index]?.start ?? '') <= clock);
    return started[started.length - 1] ?? used[0] ?? null;
  }
  return meetings.find((m) => m.status === 'ingepland')?.slotIndex ?? used[0] ?? null;
}

export function dayView(ctx: AppContext, eventId: number): DayView {
  const db = ctx.db();
  const event = requireEvent(db, eventId);
  const slots = eventSlots(db, event);
  const meetings = placedMeetings(db, eventId, scheduledStatuses).map((row) => toDayMeeting(row, slots));
  const current = currentSlot(ctx.now(), event.date, slots, meetings);
  const groups = new Map<number, DayMeeting[]>();
  for (const meeting of meetings) groups.set(meeting.slotIndex, [...(groups.get(meeting.slotIndex) ?? []), meeting]);
  const ordered = [...groups.entries()].sort(([a], [b]) => a - b);
  // On the day the round under way comes first and the rounds already past go to the end; on
  // other days the order stays chronological, so marking a round does not reshuffle the list.
  const today = brusselsDate(ctx.now()) === event.date;
  const rotated =
    current === null || !today ? ordered : [...ordered.filter(([i]) => i >= current), ...ordered.filter(([i]) => i < current)];
  return {
    eventId,
    date: event.date,
    isEventDay: today,
    currentSlotIndex: current,
    slots: rotated.map(([index, list]) => ({
      slot: slots[index] ?? { index, start: '', end: '' },
      meetings: list,
    })),
  };
}

function reload(ctx: AppContext, meetingId: number): DayMeeting {
  const db = ctx.db();
  const row = requireMeeting(db, meetingId);
  return toDayMeeting(row, eventSlots(db, requireEvent(db, row.meeting.eventId)));
}

function update(
  tx: Tx,
  ctx: AppContext,
  now: string,
  row: MeetingWithSides,
  action: string,
  set: Partial<MeetingWithSides['meeting']>,
): void {
  const before = row.meeting;
  tx.update(eventMeetings)
    .set({ ...set, updatedAt: now })
    .where(eq(eventMeetings.id, before.id))
    .run();
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(set)) {
    const from = before[key as keyof typeof before];
    if (from !== to) changes[key] = { from, to };
  }
  recordAudit(tx, ctx.actor, now, { entity: 'event_meeting', entityId: before.id, action, changes });
}

/** Marks a scheduled meeting held or missed; switching between the two stays possible on the day. */
export function markMeeting(ctx: AppContext, input: ParsedInputOf<'eventDay.mark'>): DayMeeting {
  const now = ctx.now().toISOString();
  ctx.db().transaction((tx) => {
    const row = requireMeeting(tx, input.meetingId);
    const { meeting } = row;
    if (
      meeting.status === input.outcome &&
      (input.outcome === 'gehouden' || meeting.noShowParticipantId === input.noShowParticipantId)
    )
      return;
    if (meeting.status !== input.outcome && !canTransitionMeeting(meeting.status, input.outcome)) {
      throw new AppError(
        'CONFLICT',
        'Dit gesprek is niet ingepland: alleen ingeplande gesprekken worden als gehouden of niet opgedaagd aangeduid.',
        { status: meeting.status },
      );
    }
    if (input.outcome === 'niet_opgedaagd') {
      if (meeting.intakeId !== null)
        throw new AppError(
          'CONFLICT',
          'Uit dit gesprek werd al een intake aangemaakt; het kan niet meer als niet opgedaagd aangeduid worden.',
        );
      if (meeting.rating !== null)
        throw new AppError(
          'CONFLICT',
          'Dit gesprek heeft al een beoordeling; een gesprek dat niet plaatsvond kan geen beoordeling hebben.',
        );
      const who = input.noShowParticipantId;
      if (who !== null && who !== meeting.requesterId && who !== meeting.targetId) {
        throw new AppError('VALIDATION', 'Kies wie niet kwam opdagen: een van de twee deelnemers aan dit gesprek.', {
          issues: [{ path: 'noShowParticipantId', message: 'Deze deelnemer hoort niet bij dit gesprek.' }],
        });
      }
    }
    update(tx, ctx, now, row, input.outcome === 'gehouden' ? 'held' : 'no_show', {
      status: input.outcome,
      noShowParticipantId: input.outcome === 'niet_opgedaagd' ? input.noShowParticipantId : null,
    });
  });
  return reload(ctx, input.meetingId);
}

/**
 * Takes back a mark made by mistake: the meeting is planned again. Not a lifecycle move but the
 * reversal of one, so only while nothing was built on the mark (a rating, an intake).
 */
export function undoMark(ctx: AppContext, meetingId: number): DayMeeting {
  const now = ctx.now().toISOString();
  ctx.db().transaction((tx) => {
    const row = requireMeeting(tx, meetingId);
    const { meeting } = row;
    if (meeting.status !== 'gehouden' && meeting.status !== 'niet_opgedaagd') {
      throw new AppError(
        'CONFLICT',
        'Dit gesprek is nog niet aangeduid als gehouden of niet opgedaagd; er is niets ongedaan te maken.',
      );
    }
    if (meeting.intakeId !== null)
      throw new AppError('CONFLICT', 'Uit dit gesprek werd al een intake aangemaakt; de aanduiding blijft.');
    if (meeting.rating !== null)
      throw new AppError('CONFLICT', 'Dit gesprek heeft al een beoordeling; de aanduiding ‘gehouden’ blijft.');
    update(tx, ctx, now, row, 'undo_mark', { status: 'ingepland', noShowParticipantId: null });
  });
  return reload(ctx, meetingId);
}

export function rateMeeting(ctx: AppContext, input: ParsedInputOf<'eventDay.rate'>): DayMeeting {
  const now = ctx.now().toISOString();
  ctx.db().transaction((tx) => {
    const row = requireMeeting(tx, input.meetingId);
    if (row.meeting.status !== 'gehouden') {
      throw new AppError('CONFLICT', 'Alleen een gehouden gesprek kan beoordeeld worden. Duid het eerst aan als gehouden.', {
        status: row.meeting.status,
      });
    }
    update(tx, ctx, now, row, 'rate', { rating: input.rating, ratingComment: input.comment });
  });
  return reload(ctx, input.meetingId);
}
