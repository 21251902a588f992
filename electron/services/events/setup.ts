import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { eventMeetings, eventSessions, events } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import type { DisplacedMeeting } from '../../api/contract/event/setup';
import { diffChanges, recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { loadLayout, slotLabel } from './layout';
import { meetingLabels } from './names';
import { deriveSlots, layoutIssues, type Slot } from './slots';

type EventInput = ParsedInputOf<'events.create'>;

function validate(input: EventInput): Slot[] {
  const issues = layoutIssues(input, input.sessions);
  const slots = deriveSlots(input, input.sessions);
  if (issues.length === 0 && slots.length === 0)
    issues.push({ path: 'sessions', message: 'Dit evenement heeft geen enkel gespreksslot.' });
  if (issues.length > 0) {
    throw new AppError('VALIDATION', 'Niet alle gegevens zijn geldig. Kijk de gemarkeerde velden na.', { issues });
  }
  return slots;
}

function eventValues(input: EventInput) {
  const { sessions: _sessions, ...fields } = input;
  return fields;
}

function writeSessions(tx: Tx, eventId: number, sessions: EventInput['sessions']): void {
  tx.delete(eventSessions).where(eq(eventSessions.eventId, eventId)).run();
  for (const s of sessions)
    tx.insert(eventSessions).values({ eventId, name: s.name, start: s.start, end: s.end, breaks: s.breaks }).run();
}

export function createEvent(ctx: AppContext, input: EventInput): { id: number } {
  validate(input);
  return ctx.db().transaction((tx) => {
    const at = ctx.now().toISOString();
    const fields = eventValues(input);
    const row = tx
      .insert(events)
      .values({ ...fields, createdAt: at, updatedAt: at })
      .returning({ id: events.id })
      .get();
    writeSessions(tx, row.id, input.sessions);
    recordAudit(tx, ctx.actor, at, {
      entity: 'event',
      entityId: row.id,
      action: 'create',
      changes: { ...diffChanges(null, fields), sessions: { from: null, to: input.sessions } },
    });
    return row;
  });
}

/** Scheduled meetings whose slot changes time or disappears, or whose table no longer exists. */
function displaced(tx: Tx, eventId: number, before: Slot[], after: Slot[], tables: number): DisplacedMeeting[] {
  const rows = tx
    .select({ id: eventMeetings.id, slotIndex: eventMeetings.slotIndex, tableNumber: eventMeetings.tableNumber })
    .from(eventMeetings)
    .where(and(eq(eventMeetings.eventId, eventId), eq(eventMeetings.status, 'ingepland')))
    .all();
  const lost = rows.filter((m) => {
    if (m.slotIndex === null || m.tableNumber === null) return false;
    const old = before[m.slotIndex];
    const now = after[m.slotIndex];
    return !old || !now || old.start !== now.start || old.end !== now.end || m.tableNumber > tables;
  });
  const labels = meetingLabels(
    tx,
    lost.map((m) => m.id),
  );
  return lost.map((m) => ({
    id: m.id,
    label: labels.get(m.id) ?? `Gesprek ${m.id}`,
    slotIndex: m.slotIndex ?? 0,
    tableNumber: m.tableNumber ?? 0,
  }));
}

export function updateEvent(ctx: AppContext, input: ParsedInputOf<'events.update'>): { id: number; unscheduled: number } {
  const { id, confirmUnschedule, ...rest } = input;
  const slots = validate(rest);
  return ctx.db().transaction((tx) => {
    const layout = loadLayout(tx, id);
    const lost = displaced(tx, id, layout.slots, slots, rest.tables);
    if (lost.length > 0 && !confirmUnschedule) {
      const list = lost.map((m) => `${m.label} (${slotLabel(layout.slots, m.slotIndex)}, tafel ${m.tableNumber})`);
      throw new AppError(
        'CONFLICT',
        `Door deze wijziging verliezen ${lost.length} ingeplande gesprekken hun plaats: ${list.slice(0, 5).join('; ')}${list.length > 5 ? '; …' : ''}. Bevestig om ze uit de planning te halen.`,
        { meetings: lost },
      );
    }
    const at = ctx.now().toISOString();
    const fields = eventValues(rest);
    const { createdAt: _c, updatedAt: _u, id: _id, ...before } = layout.event;
    const changes: Record<string, unknown> = diffChanges<Record<string, unknown>>(before, fields);
    const oldSessions = layout.sessions.map((s) => ({ name: s.name, start: s.start, end: s.end, breaks: s.breaks }));
    if (JSON.stringify(oldSessions) !== JSON.stringify(rest.sessions))
      changes.sessions = { from: oldSessions, to: rest.sessions };
    if (lost.length > 0) {
      tx.update(eventMeetings)
        .set({ status: 'aanvaard', slotIndex: null, tableNumber: null, locked: false, updatedAt: at })
        .where(
          inArray(
            eventMeetings.id,
            lost.map((m) => m.id),
          ),
        )
        .run();
      changes.unscheduledMeetings = lost.map((m) => m.id);
    }
    if (Object.keys(changes).length === 0) return { id, unscheduled: 0 };
    tx.update(events)
      .set({ ...fields, updatedAt: at })
      .where(eq(events.id, id))
      .run();
    writeSessions(tx, id, rest.sessions);
    recordAudit(tx, ctx.actor, at, { entity: 'event', entityId: id, action: 'update', changes });
    return { id, unscheduled: lost.length };
  });
}
