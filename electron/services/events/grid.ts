import { and, eq, inArray } from 'drizzle-orm';
import { eventMeetings } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import type { GridData, GridMeeting, PlacementCell } from '../../api/contract/event/schedule';
import { recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { loadLayout } from './layout';
import { listMeetings } from './meeting-queries';
import { loadBoard, placementProblem } from './placement';

export function gridData(ctx: AppContext, eventId: number): GridData {
  const { event, slots } = loadLayout(ctx.db(), eventId);
  const placed: GridMeeting[] = [];
  const unplaced: GridMeeting[] = [];
  // An event has at most a few thousand meetings: one page of 500 at a time.
  for (let offset = 0; ; offset += 500) {
    const page = listMeetings(ctx, { eventId, offset, limit: 500 });
    for (const m of page.rows) {
      const row: GridMeeting = {
        id: m.id,
        enterpriseName: m.enterpriseName,
        academicName: m.academicName,
        priority: m.priority,
        slotIndex: m.slotIndex,
        tableNumber: m.tableNumber,
        locked: m.locked,
        participantIds: [m.requesterId, m.targetId],
      };
      if (m.status === 'aanvaard') unplaced.push(row);
      else if (m.slotIndex !== null && ['ingepland', 'gehouden', 'niet_opgedaagd'].includes(m.status)) placed.push(row);
    }
    if (offset + 500 >= page.total) break;
  }
  return { slots, tables: event.tables, placed, unplaced };
}

/** For every slot and table: may the meeting go there, and if not, why (shown in the grid). */
export function placements(ctx: AppContext, meetingId: number): PlacementCell[] {
  const db = ctx.db();
  const meeting = db.select({ eventId: eventMeetings.eventId }).from(eventMeetings).where(eq(eventMeetings.id, meetingId)).get();
  if (!meeting) throw new AppError('NOT_FOUND', `Gesprek ${meetingId} bestaat niet.`);
  const board = loadBoard(db, meeting.eventId);
  const cells: PlacementCell[] = [];
  for (const slot of board.layout.slots) {
    for (let table = 1; table <= board.layout.event.tables; table += 1) {
      const reason = placementProblem(board, meetingId, slot.index, table);
      cells.push({ slotIndex: slot.index, tableNumber: table, ok: reason === '', reason });
    }
  }
  return cells;
}

/** A move by hand: checked against the same rules as the grid shows, then stored with its audit. */
export function moveMeeting(ctx: AppContext, input: ParsedInputOf<'events.moveMeeting'>): { id: number } {
  return ctx.db().transaction((tx) => {
    const before = tx.select().from(eventMeetings).where(eq(eventMeetings.id, input.id)).get();
    if (!before) throw new AppError('NOT_FOUND', `Gesprek ${input.id} bestaat niet.`);
    if (before.status !== 'aanvaard' && before.status !== 'ingepland') {
      throw new AppError('CONFLICT', 'Alleen aanvaarde of ingeplande gesprekken kunnen verplaatst worden.');
    }
    const problem = placementProblem(loadBoard(tx, before.eventId), before.id, input.slotIndex, input.tableNumber);
    if (problem) throw new AppError('VALIDATION', problem, { issues: [{ path: 'slotIndex', message: problem }] });
    const at = ctx.now().toISOString();
    tx.update(eventMeetings)
      .set({ status: 'ingepland', slotIndex: input.slotIndex, tableNumber: input.tableNumber, updatedAt: at })
      .where(eq(eventMeetings.id, input.id))
      .run();
    recordAudit(tx, ctx.actor, at, {
      entity: 'event_meeting',
      entityId: input.id,
      action: 'move',
      changes: {
        status: { from: before.status, to: 'ingepland' },
        slotIndex: { from: before.slotIndex, to: input.slotIndex },
        tableNumber: { from: before.tableNumber, to: input.tableNumber },
      },
    });
    return { id: input.id };
  });
}

export function unscheduleMeeting(ctx: AppContext, id: number): { id: number } {
  return ctx.db().transaction((tx) => {
    const before = tx
      .select()
      .from(eventMeetings)
      .where(and(eq(eventMeetings.id, id), inArray(eventMeetings.status, ['ingepland', 'aanvaard'])))
      .get();
    if (!before) throw new AppError('CONFLICT', 'Alleen een ingepland gesprek kan uit de planning gehaald worden.');
    if (before.status === 'aanvaard') return { id };
    const at = ctx.now().toISOString();
    tx.update(eventMeetings)
      .set({ status: 'aanvaard', slotIndex: null, tableNumber: null, locked: false, updatedAt: at })
      .where(eq(eventMeetings.id, id))
      .run();
    recordAudit(tx, ctx.actor, at, {
      entity: 'event_meeting',
      entityId: id,
      action: 'unschedule',
      changes: {
        status: { from: 'ingepland', to: 'aanvaard' },
        slotIndex: { from: before.slotIndex, to: null },
        tableNumber: { from: before.tableNumber, to: null },
        locked: { from: before.locked, to: false },
      },
    });
    return { id };
  });
}
