import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { eventSessions, events } from '../../../db/schema';
import { AppError } from '../errors';
import { deriveSlots, type Slot } from './slots';

export type EventRecord = typeof events.$inferSelect;
export type SessionRecord = typeof eventSessions.$inferSelect;
export type Layout = { event: EventRecord; sessions: SessionRecord[]; slots: Slot[] };

export function eventNotFound(id: number): AppError {
  return new AppError('NOT_FOUND', `Evenement ${id} bestaat niet.`);
}

/** The event row, its sessions and the slots derived from them. */
export function loadLayout(db: Db | Tx, eventId: number): Layout {
  const event = db.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) throw eventNotFound(eventId);
  const sessions = db
    .select()
    .from(eventSessions)
    .where(eq(eventSessions.eventId, eventId))
    .orderBy(asc(eventSessions.start))
    .all();
  return { event, sessions, slots: deriveSlots(event, sessions) };
}

/** "s3 · 10:15–10:27": how a slot is named in messages. */
export function slotLabel(slots: readonly Slot[], index: number): string {
  const slot = slots[index];
  return slot ? `${slot.start}–${slot.end}` : `slot ${index + 1}`;
}
