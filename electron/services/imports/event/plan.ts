import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../../../db/client';
import { eventMeetings, eventParticipants, events, eventSessions } from '../../../../db/schema';
import { AppError } from '../../errors';
import type { RowMatch } from '../match';
import type { Reference } from '../reference';
import type { ValidatedRow } from '../validate';
import type { ParticipantRef, ParticipantStep, PlannedRow } from '../commit/types';
import { windowsFor, type Window } from './values';

type Reader = Db | Tx;
type Registered = {
  id: number;
  side: string;
  organisationId: number | null;
  contactId: number | null;
  expertId: number | null;
  collegeId: number | null;
  displayName: string;
};

/** The event an import registers into, with what is already registered (to match, never duplicate). */
export type EventTarget = {
  id: number;
  name: string;
  date: string;
  sessions: Window[];
  participants: Registered[];
  /** requesterId>targetId of the requests that exist. */
  pairs: Set<string>;
};

export function loadEventTarget(db: Reader, eventId: number): EventTarget {
  const event = db
    .select({ id: events.id, name: events.name, date: events.date })
    .from(events)
    .where(eq(events.id, eventId))
    .get();
  if (!event)
    throw new AppError('NOT_FOUND', `Event ${eventId} bestaat niet (meer). Kies een ander event.`, {
      issues: [{ path: 'eventId', message: 'Kies een bestaand event.' }],
    });
  const sessions = db
    .select({ start: eventSessions.start, end: eventSessions.end })
    .from(eventSessions)
    .where(eq(eventSessions.eventId, eventId))
    .all()
    .sort((a, b) => a.start.localeCompare(b.start));
  const participants = db
    .select({
      id: eventParticipants.id,
      side: eventParticipants.side,
      organisationId: eventParticipants.organisationId,
      contactId: eventParticipants.contactId,
      expertId: eventParticipants.expertId,
      collegeId: eventParticipants.collegeId,
      displayName: eventParticipants.displayName,
    })
    .from(eventParticipants)
    .where(and(eq(eventParticipants.eventId, eventId), eq(eventParticipants.status, 'ingeschreven')))
    .all();
  const ids = participants.map((p) => p.id);
  const pairs = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    for (const m of db
      .select({ r: eventMeetings.requesterId, t: eventMeetings.targetId })
      .from(eventMeetings)
      .where(and(eq(eventMeetings.eventId, eventId), inArray(eventMeetings.requesterId, part)))
      .all())
      pairs.add(`${m.r}>${m.t}`);
  }
  return { ...event, sessions, participants, pairs };
}

const refKey = (ref: ParticipantRef) => ('id' in ref ? String(ref.id) : `r${ref.newOfRow}`);

type Ctx = {
  planned: PlannedRow[];
  target: EventTarget;
  reference: Reference;
  byKey: Map<string, { ref: ParticipantRef; firstRow: number; name: string }>;
};

/**
 * Per row: the registration it becomes (new, already registered -> matched, or an earlier row's),
 * then its wishes as meeting requests to the academics of each wished hogeschool in the event
 * (registered before, or by this file). A wish without such academics stays a note.
 */
export function eventSteps(
  planned: PlannedRow[],
  validated: ValidatedRow[],
  matches: RowMatch[],
  reference: Reference,
  target: EventTarget,
): void {
  const ctx: Ctx = { planned, target, reference, byKey: new Map() };
  for (const row of planned) {
    const v = validated[row.index];
    if (row.status !== 'ok' || !v) continue;
    row.participant = v.kind === 'expert' ? academicStep(row, v, matches[row.index], ctx) : enterpriseStep(row, v, ctx);
  }
  const academics = new Map<number, { ref: ParticipantRef; name: string }[]>();
  const addAcademic = (collegeId: number | null, ref: ParticipantRef, name: string) => {
    if (collegeId === null) return;
    const list = academics.get(collegeId) ?? [];
    if (!list.some((a) => refKey(a.ref) === refKey(ref))) list.push({ ref, name });
    academics.set(collegeId, list);
  };
  for (const p of target.participants) if (p.side === 'academicus') addAcademic(p.collegeId, { id: p.id }, p.displayName);
  for (const row of planned)
    if (row.participant?.action === 'create' && row.participant.side === 'academicus')
      addAcademic(row.participant.collegeId, { newOfRow: row.index }, row.participant.displayName);
  const seen = new Set<string>();
  for (const row of planned) {
    const step = row.participant;
    const v = validated[row.index];
    if (!step || !v || v.kind !== 'enterprise' || v.values.event.wishCollegeIds.length === 0) continue;
    const requester: ParticipantRef =
      step.action === 'create' ? { newOfRow: row.index } : step.action === 'existing' ? { id: step.id } : step.ref;
    const kept: string[] = [];
    for (const collegeId of v.values.event.wishCollegeIds) {
      const list = academics.get(collegeId) ?? [];
      if (list.length === 0) kept.push(reference.colleges.find((c) => c.id === collegeId)?.shortName ?? String(collegeId));
      for (const a of list) {
        const key = `${refKey(requester)}>${refKey(a.ref)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const exists = 'id' in requester && 'id' in a.ref && target.pairs.has(`${requester.id}>${a.ref.id}`);
        row.meetings.push({ action: exists ? 'existing' : 'create', requester, target: a.ref, targetName: a.name });
      }
    }
    if (kept.length === 0) continue;
    const note = `Gesprekswens met ${kept.join(', ')}: nog geen academici van die hogeschool ingeschreven; bewaard als notitie bij de inschrijving.`;
    row.notes.push(note);
    if (step.action === 'create') step.notes = [step.notes, `Gesprekswens: ${kept.join(', ')}`].filter(Boolean).join('\n');
  }
}

function availabilityOf(row: PlannedRow, v: ValidatedRow, target: EventTarget) {
  const { windows, problem } = windowsFor(v.values.event.availability, target.sessions);
  if (problem && v.values.event.availability) row.notes.push(problem);
  return windows;
}

function remember(ctx: Ctx, key: string, row: PlannedRow, step: ParticipantStep): ParticipantStep {
  const found = ctx.byKey.get(key);
  if (found) return { action: 'same', ref: found.ref, firstRow: found.firstRow, displayName: found.name };
  const ref: ParticipantRef = step.action === 'existing' ? { id: step.id } : { newOfRow: row.index };
  ctx.byKey.set(key, { ref, firstRow: row.index, name: step.displayName });
  return step;
}

/** The registration of an earlier row that holds the same person (its contact or expert step says "same"). */
function sameAs(ctx: Ctx, firstRow: number): ParticipantStep | null {
  const first = ctx.planned[firstRow]?.participant;
  if (!first) return null;
  if (first.action === 'same') return first;
  const ref: ParticipantRef = first.action === 'existing' ? { id: first.id } : { newOfRow: firstRow };
  return { action: 'same', ref, firstRow, displayName: first.displayName };
}

function enterpriseStep(row: PlannedRow, v: ValidatedRow, ctx: Ctx): ParticipantStep | null {
  const org = row.organisation;
  if (!org) return null;
  if (row.contact?.action === 'same') return sameAs(ctx, row.contact.firstRow);
  const orgKey =
    org.action === 'create'
      ? `r${row.index}`
      : org.action === 'same'
        ? 'id' in org.ref
          ? String(org.ref.id)
          : `r${org.ref.newOfRow}`
        : String(org.id);
  const orgId = org.action === 'create' ? null : org.action === 'same' ? ('id' in org.ref ? org.ref.id : null) : org.id;
  const contact = row.contact;
  const contactId = contact && contact.action !== 'create' ? contact.id : null;
  const contactKey = !contact ? null : contact.action === 'create' ? `r${row.index}` : String(contact.id);
  const person = `${v.values.contact.firstName} ${v.values.contact.lastName}`.trim();
  const displayName = contact && person ? `${v.values.organisation.name} (${person})` : v.values.organisation.name;
  const registered = ctx.target.participants.find(
    (p) =>
      p.side === 'onderneming' &&
      (contactId !== null ? p.contactId === contactId : contactKey === null && orgId !== null && p.organisationId === orgId),
  );
  const key = contactKey !== null ? `c:${orgKey}:${contactKey}` : `o:${orgKey}`;
  if (registered) return remember(ctx, key, row, { action: 'existing', id: registered.id, displayName: registered.displayName });
  return remember(ctx, key, row, {
    action: 'create',
    side: 'onderneming',
    collegeId: null,
    displayName,
    availability: availabilityOf(row, v, ctx.target),
    notes: '',
  });
}

function academicStep(row: PlannedRow, v: ValidatedRow, match: RowMatch | undefined, ctx: Ctx): ParticipantStep | null {
  const expert = row.expert;
  if (!expert || match?.kind !== 'expert') return null;
  if (expert.action === 'same') return sameAs(ctx, expert.firstRow);
  const college = match.college;
  const name = `${v.values.contact.firstName} ${v.values.contact.lastName}`.trim();
  const displayName = college ? `${name} (${college.shortName})` : name;
  const expertKey = expert.action === 'create' ? `r${row.index}` : String(expert.id);
  const expertId = expert.action === 'create' ? null : expert.id;
  const registered = expertId === null ? undefined : ctx.target.participants.find((p) => p.expertId === expertId);
  const key = `x:${expertKey}`;
  if (registered) return remember(ctx, key, row, { action: 'existing', id: registered.id, displayName: registered.displayName });
  return remember(ctx, key, row, {
    action: 'create',
    side: 'academicus',
    collegeId: college?.id ?? null,
    displayName,
    availability: availabilityOf(row, v, ctx.target),
    notes: '',
  });
}
