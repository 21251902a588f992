import { and, eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import {
  colleges,
  contacts,
  eventMeetings,
  eventParticipants,
  expertGroups,
  experts,
  needs,
  organisations,
} from '../../../db/schema';
import type { ParsedInputOf } from '../../api/contract';
import type { FieldIssue } from '../../api/contract/errors';
import { diffChanges, recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { loadLayout } from './layout';
import { checkAvailability, checkCapacity, invalid } from './participant-checks';

type NewParticipant = Omit<typeof eventParticipants.$inferInsert, 'createdAt' | 'updatedAt'>;

/** Checks that need the transaction (duplicates, the cap) run in it, right before the insert. */
function insertParticipant(ctx: AppContext, values: NewParticipant, run: (tx: Tx) => void): { id: number } {
  return ctx.db().transaction((tx) => {
    run(tx);
    const at = ctx.now().toISOString();
    const row = tx
      .insert(eventParticipants)
      .values({ ...values, createdAt: at, updatedAt: at })
      .returning({ id: eventParticipants.id })
      .get();
    recordAudit(tx, ctx.actor, at, {
      entity: 'event_participant',
      entityId: row.id,
      action: 'create',
      changes: diffChanges(null, values),
    });
    return row;
  });
}

export function addEnterprise(ctx: AppContext, input: ParsedInputOf<'events.addEnterprise'>): { id: number } {
  const db = ctx.db();
  const layout = loadLayout(db, input.eventId);
  const issues: FieldIssue[] = [];
  const org = db.select().from(organisations).where(eq(organisations.id, input.organisationId)).get();
  if (!org || org.mergedIntoId !== null) issues.push({ path: 'organisationId', message: 'Kies een bestaande organisatie.' });
  const contact = db.select().from(contacts).where(eq(contacts.id, input.contactId)).get();
  if (!contact || contact.organisationId !== input.organisationId || contact.erasedAt !== null) {
    issues.push({ path: 'contactId', message: 'Kies een contactpersoon van deze organisatie.' });
  }
  if (input.needId !== null) {
    const need = db.select({ organisationId: needs.organisationId }).from(needs).where(eq(needs.id, input.needId)).get();
    if (!need || need.organisationId !== input.organisationId)
      issues.push({ path: 'needId', message: 'Kies een hulpvraag van deze organisatie.' });
  }
  checkAvailability(layout, input.availability, issues);
  if (issues.length > 0) throw invalid(issues);
  const { eventId, organisationId, contactId, needId, availability, maxMeetings, notes } = input;
  return insertParticipant(
    ctx,
    {
      eventId,
      side: 'onderneming',
      organisationId,
      contactId,
      needId,
      availability,
      maxMeetings,
      notes,
      displayName: org?.name ?? '',
    },
    (tx) => {
      const existing = tx
        .select({ id: eventParticipants.id })
        .from(eventParticipants)
        .where(and(eq(eventParticipants.eventId, eventId), eq(eventParticipants.contactId, contactId)))
        .get();
      if (existing) {
        const name = [contact?.firstName, contact?.lastName].filter(Boolean).join(' ');
        throw invalid([{ path: 'contactId', message: `${name} van ${org?.name ?? ''} is al ingeschreven voor dit evenement.` }]);
      }
      checkCapacity(tx, layout);
    },
  );
}

export function addAcademic(ctx: AppContext, input: ParsedInputOf<'events.addAcademic'>): { id: number } {
  const db = ctx.db();
  const layout = loadLayout(db, input.eventId);
  const issues: FieldIssue[] = [];
  const expert = db.select().from(experts).where(eq(experts.id, input.expertId)).get();
  if (!expert || !expert.active) issues.push({ path: 'expertId', message: 'Kies een bestaande, actieve expert.' });
  if (input.expertiseGroupId !== null) {
    const link = db
      .select({ groupId: expertGroups.groupId })
      .from(expertGroups)
      .where(and(eq(expertGroups.expertId, input.expertId), eq(expertGroups.groupId, input.expertiseGroupId)))
      .get();
    if (!link) issues.push({ path: 'expertiseGroupId', message: 'Deze expert hoort niet bij die expertisegroep.' });
  }
  const collegeId = input.collegeId ?? expert?.collegeId ?? null;
  if (collegeId !== null && !db.select({ id: colleges.id }).from(colleges).where(eq(colleges.id, collegeId)).get()) {
    issues.push({ path: 'collegeId', message: 'Kies een bestaande hogeschool.' });
  }
  checkAvailability(layout, input.availability, issues);
  if (issues.length > 0) throw invalid(issues);
  const displayName = [expert?.firstName, expert?.lastName].filter(Boolean).join(' ');
  const { eventId, expertId, expertiseGroupId, availability, maxMeetings, notes } = input;
  return insertParticipant(
    ctx,
    { eventId, side: 'academicus', expertId, expertiseGroupId, collegeId, availability, maxMeetings, notes, displayName },
    (tx) => {
      const existing = tx
        .select({ id: eventParticipants.id })
        .from(eventParticipants)
        .where(and(eq(eventParticipants.eventId, eventId), eq(eventParticipants.expertId, expertId)))
        .get();
      if (existing) throw invalid([{ path: 'expertId', message: `${displayName} is al ingeschreven voor dit evenement.` }]);
      checkCapacity(tx, layout);
    },
  );
}

export function updateParticipant(ctx: AppContext, input: ParsedInputOf<'events.updateParticipant'>): { id: number } {
  return ctx.db().transaction((tx) => {
    const before = tx.select().from(eventParticipants).where(eq(eventParticipants.id, input.id)).get();
    if (!before) throw new AppError('NOT_FOUND', `Inschrijving ${input.id} bestaat niet.`);
    const issues: FieldIssue[] = [];
    checkAvailability(loadLayout(tx, before.eventId), input.availability, issues);
    if (issues.length > 0) throw invalid(issues);
    const { id, ...fields } = input;
    const changes = diffChanges<typeof fields>(before, fields);
    if (Object.keys(changes).length === 0) return { id };
    const at = ctx.now().toISOString();
    tx.update(eventParticipants)
      .set({ ...fields, updatedAt: at })
      .where(eq(eventParticipants.id, id))
      .run();
    recordAudit(tx, ctx.actor, at, { entity: 'event_participant', entityId: id, action: 'update', changes });
    return { id };
  });
}

/** A registration is cancelled, never deleted: its requests and history stay. */
export function setParticipantStatus(ctx: AppContext, input: ParsedInputOf<'events.setParticipantStatus'>): { id: number } {
  return ctx.db().transaction((tx) => {
    const before = tx
      .select({ status: eventParticipants.status })
      .from(eventParticipants)
      .where(eq(eventParticipants.id, input.id))
      .get();
    if (!before) throw new AppError('NOT_FOUND', `Inschrijving ${input.id} bestaat niet.`);
    const status = input.cancelled ? 'geannuleerd' : 'ingeschreven';
    if (before.status === status) return { id: input.id };
    const at = ctx.now().toISOString();
    tx.update(eventParticipants).set({ status, updatedAt: at }).where(eq(eventParticipants.id, input.id)).run();
    // A cancelled participant's open meetings are cancelled with them and free their slots.
    const cancelledMeetings = input.cancelled
      ? tx
          .update(eventMeetings)
          .set({ status: 'geannuleerd', slotIndex: null, tableNumber: null, locked: false, updatedAt: at })
          .where(
            and(
              or(eq(eventMeetings.requesterId, input.id), eq(eventMeetings.targetId, input.id)),
              inArray(eventMeetings.status, ['gevraagd', 'aanvaard', 'ingepland']),
            ),
          )
          .returning({ id: eventMeetings.id })
          .all()
          .map((m) => m.id)
      : [];
    recordAudit(tx, ctx.actor, at, {
      entity: 'event_participant',
      entityId: input.id,
      action: input.cancelled ? 'cancel' : 'reinstate',
      changes: { status: { from: before.status, to: status }, ...(cancelledMeetings.length > 0 ? { cancelledMeetings } : {}) },
    });
    return { id: input.id };
  });
}
