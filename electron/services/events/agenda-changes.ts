import { inArray } from 'drizzle-orm';
import { eventMeetings } from '../../../db/schema';
import type { AgendaChange, AgendaChanges, AgendaSlot } from '../../api/contract/event-day';
import type { AppContext } from '../context';
import { placedMeetings, requireMeeting, scheduledStatuses, type MeetingWithSides } from './day-data';
import { eventSlots, requireEvent } from './day-slots';
import { lastPrint } from './agenda';

const place = (slots: AgendaSlot[], slotIndex: number, tableNumber: number) => ({
  slotIndex,
  tableNumber,
  start: slots[slotIndex]?.start ?? '',
});

/**
 * What moved, was cancelled or was added since the last printed agendas, and who to tell: the
 * coordinator calls or mails these people before the day so nobody walks to the wrong table.
 */
export function changesSincePrint(ctx: AppContext, eventId: number): AgendaChanges {
  const db = ctx.db();
  const event = requireEvent(db, eventId);
  const print = lastPrint(db, eventId);
  if (!print) return { printedAt: null, changes: [], notify: [] };
  const slots = eventSlots(db, event);
  const now = new Map(placedMeetings(db, eventId, scheduledStatuses).map((row) => [row.meeting.id, row]));
  const printed = new Map(Object.entries(print.snapshot).map(([id, at]) => [Number(id), at]));

  // Meetings that were printed but are no longer placed: read them (if they still exist) for the names.
  const goneIds = [...printed.keys()].filter((id) => !now.has(id));
  const existing = new Set(
    goneIds.length === 0
      ? []
      : db
          .select({ id: eventMeetings.id })
          .from(eventMeetings)
          .where(inArray(eventMeetings.id, goneIds))
          .all()
          .map((r) => r.id),
  );
  const gone = new Map<number, MeetingWithSides>(
    goneIds.filter((id) => existing.has(id)).map((id) => [id, requireMeeting(db, id)]),
  );

  const changes: AgendaChange[] = [];
  const names = (row: MeetingWithSides | undefined) => ({
    requesterName: row?.requester.displayName ?? '',
    targetName: row?.target.displayName ?? '',
  });
  for (const [id, [slot, table]] of printed) {
    const current = now.get(id);
    if (!current) {
      changes.push({
        meetingId: id,
        kind: 'geannuleerd',
        before: place(slots, slot, table),
        after: null,
        ...names(gone.get(id)),
      });
    } else if (current.meeting.slotIndex !== slot || current.meeting.tableNumber !== table) {
      changes.push({
        meetingId: id,
        kind: 'verplaatst',
        before: place(slots, slot, table),
        after: place(slots, current.meeting.slotIndex ?? 0, current.meeting.tableNumber ?? 0),
        ...names(current),
      });
    }
  }
  for (const [id, current] of now) {
    if (printed.has(id)) continue;
    changes.push({
      meetingId: id,
      kind: 'toegevoegd',
      before: null,
      after: place(slots, current.meeting.slotIndex ?? 0, current.meeting.tableNumber ?? 0),
      ...names(current),
    });
  }
  const slotOf = (c: AgendaChange) => c.after?.slotIndex ?? c.before?.slotIndex ?? 0;
  changes.sort((a, b) => slotOf(a) - slotOf(b) || a.meetingId - b.meetingId);

  const notify = new Map<number, { participantId: number; displayName: string; changes: number }>();
  for (const change of changes) {
    const row = now.get(change.meetingId) ?? gone.get(change.meetingId);
    if (!row) continue;
    for (const p of [row.requester, row.target]) {
      const entry = notify.get(p.id) ?? { participantId: p.id, displayName: p.displayName, changes: 0 };
      entry.changes += 1;
      notify.set(p.id, entry);
    }
  }
  return {
    printedAt: print.printedAt,
    changes,
    notify: [...notify.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl')),
  };
}
