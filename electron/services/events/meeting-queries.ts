import { and, asc, eq, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { eventMeetings, eventParticipants } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import type { Page } from '../../api/contract/common';
import type { MeetingRow } from '../../api/contract/event/meetings';
import type { AppContext } from '../context';

export function listMeetings(ctx: AppContext, input: ParsedInputOf<'events.listMeetings'>): Page<MeetingRow> {
  const db = ctx.db();
  const r = alias(eventParticipants, 'r');
  const t = alias(eventParticipants, 't');
  const m = eventMeetings;
  const conditions: SQL[] = [eq(m.eventId, input.eventId)];
  if (input.status) conditions.push(eq(m.status, input.status));
  if (input.participantId)
    conditions.push(or(eq(m.requesterId, input.participantId), eq(m.targetId, input.participantId)) ?? sql`1`);
  const where = and(...conditions);
  const rows = db
    .select({
      id: m.id,
      requesterId: m.requesterId,
      requesterName: r.displayName,
      requesterSide: r.side,
      targetId: m.targetId,
      targetName: t.displayName,
      priority: m.priority,
      mutual: m.mutual,
      source: m.source,
      status: m.status,
      declineReason: m.declineReason,
      slotIndex: m.slotIndex,
      tableNumber: m.tableNumber,
      locked: m.locked,
      beforeMeetingId: m.beforeMeetingId,
    })
    .from(m)
    .innerJoin(r, eq(r.id, m.requesterId))
    .innerJoin(t, eq(t.id, m.targetId))
    .where(where)
    // Open requests first (they need an answer), then by time in the schedule.
    .orderBy(
      sql`CASE ${m.status} WHEN 'gevraagd' THEN 0 WHEN 'aanvaard' THEN 1 WHEN 'ingepland' THEN 2 ELSE 3 END`,
      asc(m.slotIndex),
      asc(m.tableNumber),
      asc(m.id),
    )
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(m)
      .where(where)
      .get()?.n ?? 0;
  return {
    total,
    rows: rows.map(({ requesterSide, ...row }) => ({
      ...row,
      enterpriseName: requesterSide === 'onderneming' ? row.requesterName : row.targetName,
      academicName: requesterSide === 'onderneming' ? row.targetName : row.requesterName,
    })),
  };
}
