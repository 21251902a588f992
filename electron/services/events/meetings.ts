import { and, eq, or } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { eventMeetings, eventParticipants } from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import { canTransitionMeeting, type MeetingStatus } from '../../api/contract/event/lifecycle';
import { recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { invalid } from './participant-checks';
import { loadBoard, placementProblem } from './placement';
import { checkPrecedence } from './precedence';

const sideName = { onderneming: 'ondernemingen', academicus: 'academici' } as const;

function meetingOrThrow(tx: Tx, id: number) {
  const meeting = tx.select().from(eventMeetings).where(eq(eventMeetings.id, id)).get();
  if (!meeting) throw new AppError('NOT_FOUND', `Gesprek ${id} bestaat niet.`);
  return meeting;
}

export function createRequest(ctx: AppContext, input: ParsedInputOf<'events.createRequest'>): { id: number } {
  return ctx.db().transaction((tx) => {
    const people = tx
      .select()
      .from(eventParticipants)
      .where(or(eq(eventParticipants.id, input.requesterId), eq(eventParticipants.id, input.targetId)))
      .all();
    const requester = people.find((p) => p.id === input.requesterId && p.eventId === input.eventId);
    const target = people.find((p) => p.id === input.targetId && p.eventId === input.eventId);
    if (!requester) throw invalid([{ path: 'requesterId', message: 'Kies een deelnemer van dit evenement.' }]);
    if (!target) throw invalid([{ path: 'targetId', message: 'Kies een deelnemer van dit evenement.' }]);
    if (requester.id === target.id)
      throw invalid([{ path: 'targetId', message: 'Een deelnemer kan geen gesprek met zichzelf aanvragen.' }]);
    for (const [p, path] of [
      [requester, 'requesterId'],
      [target, 'targetId'],
    ] as const) {
      if (p.status !== 'ingeschreven') throw invalid([{ path, message: `De inschrijving van ${p.displayName} is geannuleerd.` }]);
    }
    if (requester.side === target.side) {
      throw invalid([
        {
          path: 'targetId',
          message: `Een gesprek is tussen een onderneming en een academicus: ${requester.displayName} en ${target.displayName} zijn beide ${sideName[requester.side]}.`,
        },
      ]);
    }
    if (requester.organisationId !== null && requester.organisationId === target.organisationId) {
      throw invalid([
        { path: 'targetId', message: `${requester.displayName} en ${target.displayName} horen bij dezelfde organisatie.` },
      ]);
    }
    const existing = tx
      .select({ id: eventMeetings.id, status: eventMeetings.status })
      .from(eventMeetings)
      .where(
        or(
          and(eq(eventMeetings.requesterId, requester.id), eq(eventMeetings.targetId, target.id)),
          and(eq(eventMeetings.requesterId, target.id), eq(eventMeetings.targetId, requester.id)),
        ),
      )
      .get();
    if (existing) {
      throw invalid([
        {
          path: 'targetId',
          message: `Er bestaat al een aanvraag tussen ${requester.displayName} en ${target.displayName} (${existing.status.replace('_', ' ')}).`,
        },
      ]);
    }
    const at = ctx.now().toISOString();
    // Both sides asked for it: nobody is left to accept on the other's behalf.
    const status: MeetingStatus = input.mutual ? 'aanvaard' : 'gevraagd';
    const values = {
      eventId: input.eventId,
      requesterId: requester.id,
      targetId: target.id,
      priority: input.priority,
      mutual: input.mutual,
      source: input.fromSuggestion ? ('routing' as const) : ('coordinator' as const),
      status,
    };
    const row = tx
      .insert(eventMeetings)
      .values({ ...values, createdAt: at, updatedAt: at })
      .returning({ id: eventMeetings.id })
      .get();
    recordAudit(tx, ctx.actor, at, {
      entity: 'event_meeting',
      entityId: row.id,
      action: 'create',
      changes: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { from: null, to: v }])),
    });
    return row;
  });
}

/**
 * Priority, mutual and precedence of a request, in one transaction. Marking a pending request
 * mutual accepts it, as when it is created mutual: both sides asked, nobody is left to answer.
 */
export function updateRequest(ctx: AppContext, input: ParsedInputOf<'events.updateRequest'>): { id: number } {
  return ctx.db().transaction((tx) => {
    const before = meetingOrThrow(tx, input.id);
    const beforeMeetingId = input.beforeMeetingId === undefined ? before.beforeMeetingId : input.beforeMeetingId;
    const status: MeetingStatus = input.mutual && before.status === 'gevraagd' ? 'aanvaard' : before.status;
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (before.priority !== input.priority) changes.priority = { from: before.priority, to: input.priority };
    if (before.mutual !== input.mutual) changes.mutual = { from: before.mutual, to: input.mutual };
    if (before.beforeMeetingId !== beforeMeetingId)
      changes.beforeMeetingId = { from: before.beforeMeetingId, to: beforeMeetingId };
    if (before.status !== status) changes.status = { from: before.status, to: status };
    if (Object.keys(changes).length === 0) return { id: input.id };
    if (beforeMeetingId !== null && changes.beforeMeetingId) checkPrecedence(tx, before.eventId, before.id, beforeMeetingId);
    const at = ctx.now().toISOString();
    tx.update(eventMeetings)
      .set({ priority: input.priority, mutual: input.mutual, beforeMeetingId, status, updatedAt: at })
      .where(eq(eventMeetings.id, input.id))
      .run();
    recordAudit(tx, ctx.actor, at, { entity: 'event_meeting', entityId: input.id, action: 'update', changes });
    return { id: input.id };
  });
}

function transition(
  ctx: AppContext,
  id: number,
  to: MeetingStatus,
  extra: Partial<typeof eventMeetings.$inferInsert>,
  action: string,
): { id: number } {
  return ctx.db().transaction((tx) => {
    const before = meetingOrThrow(tx, id);
    if (before.status === to) return { id };
    if (!canTransitionMeeting(before.status, to)) {
      const hint = before.status === 'ingepland' ? ' Haal het gesprek eerst uit de planning.' : '';
      throw new AppError(
        'CONFLICT',
        `Een gesprek met status "${before.status.replace('_', ' ')}" kan niet naar "${to.replace('_', ' ')}".${hint}`,
      );
    }
    const at = ctx.now().toISOString();
    tx.update(eventMeetings)
      .set({ status: to, ...extra, updatedAt: at })
      .where(eq(eventMeetings.id, id))
      .run();
    recordAudit(tx, ctx.actor, at, {
      entity: 'event_meeting',
      entityId: id,
      action,
      changes: {
        status: { from: before.status, to },
        ...Object.fromEntries(
          Object.entries(extra).map(([k, v]) => [k, { from: before[k as keyof typeof before] ?? null, to: v }]),
        ),
      },
    });
    return { id };
  });
}

/** The coordinator accepts or declines on behalf of the asked side. */
export function respondRequest(ctx: AppContext, input: ParsedInputOf<'events.respondRequest'>): { id: number } {
  if (input.accept) return transition(ctx, input.id, 'aanvaard', {}, 'accept');
  return transition(ctx, input.id, 'geweigerd', { declineReason: input.reason }, 'decline');
}

export function cancelMeeting(ctx: AppContext, id: number): { id: number } {
  return transition(ctx, id, 'geannuleerd', { slotIndex: null, tableNumber: null, locked: false }, 'cancel');
}

/** A lock keeps the meeting where it is on a re-run; a lock on a clashing place is refused. */
export function setLock(ctx: AppContext, input: ParsedInputOf<'events.setLock'>): { id: number } {
  return ctx.db().transaction((tx) => {
    const before = meetingOrThrow(tx, input.id);
    if (before.locked === input.locked) return { id: input.id };
    if (input.locked) {
      if (before.status !== 'ingepland' || before.slotIndex === null || before.tableNumber === null) {
        throw new AppError('CONFLICT', 'Alleen een ingepland gesprek kan vergrendeld worden.');
      }
      const problem = placementProblem(loadBoard(tx, before.eventId), before.id, before.slotIndex, before.tableNumber);
      if (problem) throw new AppError('CONFLICT', `Dit gesprek kan niet vergrendeld worden op zijn huidige plaats: ${problem}`);
    }
    const at = ctx.now().toISOString();
    tx.update(eventMeetings).set({ locked: input.locked, updatedAt: at }).where(eq(eventMeetings.id, input.id)).run();
    recordAudit(tx, ctx.actor, at, {
      entity: 'event_meeting',
      entityId: input.id,
      action: input.locked ? 'lock' : 'unlock',
      changes: { locked: { from: before.locked, to: input.locked } },
    });
    return { id: input.id };
  });
}
