import { desc } from 'drizzle-orm';
import type { Db } from '../../../../db/client';
import { events } from '../../../../db/schema';

/** The events an import can register into, newest first (a coordinator has a few per year). */
export function eventOptions(db: Db): { id: number; name: string; date: string; status: string }[] {
  return db
    .select({ id: events.id, name: events.name, date: events.date, status: events.status })
    .from(events)
    .orderBy(desc(events.date), desc(events.id))
    .limit(200)
    .all();
}
