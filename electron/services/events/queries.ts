import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { eventMeetings, eventParticipants, eventSessions, events } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import type { Page } from '../../api/contract/common';
import type { EventDetail, EventRow } from '../../api/contract/event/setup';
import type { AppContext } from '../context';
import { contains } from '../query/sql';
import { loadLayout } from './layout';
import { deriveSlots } from './slots';

// Correlated on the outer `events` row by name: a single-table select renders its columns unqualified.
const participantCount = sql<number>`(SELECT count(*) FROM ${eventParticipants} p WHERE p.event_id = events.id AND p.status = 'ingeschreven')`;
const meetingCount = sql<number>`(SELECT count(*) FROM ${eventMeetings} m WHERE m.event_id = events.id AND m.status NOT IN ('geweigerd', 'geannuleerd'))`;
const scheduledCount = sql<number>`(SELECT count(*) FROM ${eventMeetings} m WHERE m.event_id = events.id AND m.slot_index IS NOT NULL AND m.status IN ('ingepland', 'gehouden', 'niet_opgedaagd'))`;

export function listEvents(ctx: AppContext, input: ParsedInputOf<'events.list'>): Page<EventRow> {
  const db = ctx.db();
  const where: SQL | undefined = input.search ? contains(events.name, input.search) : undefined;
  const sort = input.sort ?? { column: 'date', direction: 'desc' };
  const column = { date: events.date, name: events.name, participants: participantCount, meetings: meetingCount }[sort.column];
  const rows = db
    .select({
      id: events.id,
      name: events.name,
      date: events.date,
      location: events.location,
      platform: events.platform,
      status: events.status,
      tables: events.tables,
      slotMinutes: events.slotMinutes,
      changeoverMinutes: events.changeoverMinutes,
      participants: participantCount,
      meetings: meetingCount,
      scheduled: scheduledCount,
    })
    .from(events)
    .where(where)
    .orderBy(sort.direction === 'asc' ? asc(column) : desc(column), desc(events.id))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(events)
      .where(where)
      .get()?.n ?? 0;
  // Events are few; the slot count of one page is derived here rather than stored.
  const sessions = rows.length === 0 ? [] : db.select().from(eventSessions).all();
  return {
    total,
    rows: rows.map(({ slotMinutes, changeoverMinutes, ...r }) => ({
      ...r,
      slotCount: deriveSlots(
        { slotMinutes, changeoverMinutes },
        sessions.filter((s) => s.eventId === r.id),
      ).length,
    })),
  };
}

export function getEvent(ctx: AppContext, id: number): EventDetail {
  const db = ctx.db();
  const { event, sessions, slots } = loadLayout(db, id);
  const sides = db
    .select({ side: eventParticipants.side, n: sql<number>`count(*)` })
    .from(eventParticipants)
    .where(sql`${eventParticipants.eventId} = ${id} AND ${eventParticipants.status} = 'ingeschreven'`)
    .groupBy(eventParticipants.side)
    .all();
  const counts = db.select({ meetings: meetingCount, scheduled: scheduledCount }).from(events).where(eq(events.id, id)).get();
  const enterprises = sides.find((s) => s.side === 'onderneming')?.n ?? 0;
  const academics = sides.find((s) => s.side === 'academicus')?.n ?? 0;
  return {
    id: event.id,
    name: event.name,
    date: event.date,
    location: event.location,
    platform: event.platform,
    status: event.status,
    tables: event.tables,
    slotMinutes: event.slotMinutes,
    changeoverMinutes: event.changeoverMinutes,
    maxParticipants: event.maxParticipants,
    maxMeetingsPerParticipant: event.maxMeetingsPerParticipant,
    notes: event.notes,
    sessions: sessions.map((s) => ({ name: s.name, start: s.start, end: s.end, breaks: s.breaks })),
    slots,
    participants: enterprises + academics,
    enterprises,
    academics,
    meetings: counts?.meetings ?? 0,
    scheduled: counts?.scheduled ?? 0,
  };
}
