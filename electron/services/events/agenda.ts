import { asc, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { eventAgendaPrints, eventParticipants } from '../../../db/schema';
import type { AgendaMeeting, AgendaParticipant, AgendaSlot, AgendaTableMeeting, AgendaView } from '../../api/contract/event-day';
import { recordAudit } from '../audit';
import type { AppContext } from '../context';
import { academicOf, enterpriseOf, placedMeetings, scheduledStatuses, type MeetingWithSides } from './day-data';
import { eventSlots, requireEvent } from './day-slots';

type Reader = Db | Tx;

export function lastPrint(db: Reader, eventId: number) {
  return (
    db
      .select()
      .from(eventAgendaPrints)
      .where(eq(eventAgendaPrints.eventId, eventId))
      .orderBy(desc(eventAgendaPrints.printedAt), desc(eventAgendaPrints.id))
      .limit(1)
      .get() ?? null
  );
}

function agendaMeeting(row: MeetingWithSides, slots: AgendaSlot[], otherName: string): AgendaMeeting {
  const slotIndex = row.meeting.slotIndex ?? 0;
  return {
    meetingId: row.meeting.id,
    slotIndex,
    tableNumber: row.meeting.tableNumber ?? 0,
    start: slots[slotIndex]?.start ?? '',
    end: slots[slotIndex]?.end ?? '',
    otherName,
    status: row.meeting.status,
  };
}

/** Everything an agenda needs (enterprises first, then academics, by name): per participant (their day) and per table (who sits there when). */
export function agendaView(ctx: AppContext, eventId: number): AgendaView {
  const db = ctx.db();
  const event = requireEvent(db, eventId);
  const slots = eventSlots(db, event);
  const meetings = placedMeetings(db, eventId, scheduledStatuses);
  const people = db
    .select()
    .from(eventParticipants)
    .where(eq(eventParticipants.eventId, eventId))
    .orderBy(desc(eventParticipants.side), asc(eventParticipants.displayName), asc(eventParticipants.id))
    .all();
  const byParticipant = new Map<number, AgendaMeeting[]>();
  const add = (id: number, meeting: AgendaMeeting) => byParticipant.set(id, [...(byParticipant.get(id) ?? []), meeting]);
  const tables = new Map<number, AgendaTableMeeting[]>();
  for (const row of meetings) {
    add(row.requester.id, agendaMeeting(row, slots, row.target.displayName));
    add(row.target.id, agendaMeeting(row, slots, row.requester.displayName));
    const table = row.meeting.tableNumber ?? 0;
    tables.set(table, [
      ...(tables.get(table) ?? []),
      {
        ...agendaMeeting(row, slots, ''),
        enterpriseName: enterpriseOf(row)?.displayName ?? row.requester.displayName,
        academicName: academicOf(row)?.displayName ?? row.target.displayName,
      },
    ]);
  }
  const participants: AgendaParticipant[] = people
    // Cancelled registrations get no agenda, unless a meeting still names them (then they must be told).
    .filter((p) => p.status === 'ingeschreven' || byParticipant.has(p.id))
    .map((p) => ({ id: p.id, side: p.side, displayName: p.displayName, meetings: byParticipant.get(p.id) ?? [] }));
  const print = lastPrint(db, eventId);
  return {
    eventId,
    eventName: event.name,
    date: event.date,
    location: event.location,
    platform: event.platform,
    slots,
    participants,
    tables: [...tables.entries()].sort(([a], [b]) => a - b).map(([tableNumber, list]) => ({ tableNumber, meetings: list })),
    lastPrint: print ? { id: print.id, printedAt: print.printedAt, actor: print.actor } : null,
  };
}

/** "Afgedrukt": keeps where every meeting stood, so later changes can be listed against it. */
export function markPrinted(ctx: AppContext, eventId: number): { id: number; printedAt: string } {
  const printedAt = ctx.now().toISOString();
  return ctx.db().transaction((tx) => {
    requireEvent(tx, eventId);
    const snapshot: Record<string, [number, number]> = {};
    for (const row of placedMeetings(tx, eventId, scheduledStatuses)) {
      snapshot[String(row.meeting.id)] = [row.meeting.slotIndex ?? 0, row.meeting.tableNumber ?? 0];
    }
    const { id } = tx
      .insert(eventAgendaPrints)
      .values({ eventId, printedAt, actor: ctx.actor, snapshot })
      .returning({ id: eventAgendaPrints.id })
      .get();
    recordAudit(tx, ctx.actor, printedAt, {
      entity: 'event',
      entityId: eventId,
      action: 'agenda_printed',
      changes: { printId: { from: null, to: id }, meetings: { from: null, to: Object.keys(snapshot).length } },
    });
    return { id, printedAt };
  });
}
