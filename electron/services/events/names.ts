import { eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db, Tx } from '../../../db/client';
import { eventMeetings, eventParticipants } from '../../../db/schema';

/** "Organisatie – Academicus" per meeting id, enterprise first, for messages and lists. */
export function meetingLabels(db: Db | Tx, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const a = alias(eventParticipants, 'a');
  const b = alias(eventParticipants, 'b');
  const rows = db
    .select({ id: eventMeetings.id, aName: a.displayName, aSide: a.side, bName: b.displayName })
    .from(eventMeetings)
    .innerJoin(a, eq(a.id, eventMeetings.requesterId))
    .innerJoin(b, eq(b.id, eventMeetings.targetId))
    .where(inArray(eventMeetings.id, ids))
    .all();
  return new Map(rows.map((r) => [r.id, r.aSide === 'onderneming' ? `${r.aName} – ${r.bName}` : `${r.bName} – ${r.aName}`]));
}
