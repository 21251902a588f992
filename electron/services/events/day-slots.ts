import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { eventSessions, events } from '../../../db/schema';
import type { AgendaSlot } from '../../api/contract/event-day';
import { AppError } from '../errors';
import { deriveSlots } from './slots';

type Reader = Db | Tx;

export type EventRow = typeof events.$inferSelect;

export function requireEvent(db: Reader, eventId: number): EventRow {
  const event = db.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) throw new AppError('NOT_FOUND', `Event ${eventId} bestaat niet.`);
  return event;
}

/** The event's slots with their local (Brussels) clock times, laid out by the events area. */
export function eventSlots(db: Reader, event: EventRow): AgendaSlot[] {
  const sessions = db.select().from(eventSessions).where(eq(eventSessions.eventId, event.id)).all();
  return deriveSlots(event, sessions).map(({ index, start, end }) => ({ index, start, end }));
}
