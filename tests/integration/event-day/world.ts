import { eventMeetings, eventParticipants, eventSessions, events, needs } from '../../../db/schema';
import type { MeetingStatus, ParticipantSide } from '../../../electron/api/contract/event/lifecycle';
import { dossierWorld, insertContact, insertOrganisation, type DossierWorld } from '../dossiers/fixtures';

/**
 * A small event built with plain inserts (the events area's UI is not needed): one session
 * 09:00-10:00 with 12-minute slots and 3 minutes changeover (slots 09:00, 09:15, 09:30, 09:45).
 */
export type EventWorld = DossierWorld & {
  eventId: number;
  participant: (
    side: ParticipantSide,
    name: string,
    links?: { organisationId?: number | null; contactId?: number | null; needId?: number | null },
  ) => number;
  meeting: (
    requesterId: number,
    targetId: number,
    placed?: { status?: MeetingStatus; slot?: number | null; table?: number | null },
  ) => number;
  enterprise: (name: string, withNeed: boolean) => { participantId: number; organisationId: number; needId: number | null };
};

export function eventWorld(): EventWorld {
  const w = dossierWorld();
  const db = w.ctx.db();
  const now = w.ctx.now().toISOString();
  const eventId = db
    .insert(events)
    .values({
      name: 'Matchmaking Digitaal Gent',
      date: '2026-12-10',
      location: 'Gent',
      tables: 3,
      slotMinutes: 12,
      changeoverMinutes: 3,
      status: 'open',
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: events.id })
    .get().id;
  db.insert(eventSessions).values({ eventId, name: 'Voormiddag', start: '09:00', end: '10:00', breaks: [] }).run();

  const participant: EventWorld['participant'] = (side, name, links = {}) =>
    db
      .insert(eventParticipants)
      .values({
        eventId,
        side,
        displayName: name,
        organisationId: links.organisationId ?? null,
        contactId: links.contactId ?? null,
        needId: links.needId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: eventParticipants.id })
      .get().id;

  const meeting: EventWorld['meeting'] = (requesterId, targetId, placed = {}) =>
    db
      .insert(eventMeetings)
      .values({
        eventId,
        requesterId,
        targetId,
        status: placed.status ?? 'ingepland',
        slotIndex: placed.slot === undefined ? 0 : placed.slot,
        tableNumber: placed.table === undefined ? 1 : placed.table,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: eventMeetings.id })
      .get().id;

  const enterprise: EventWorld['enterprise'] = (name, withNeed) => {
    const organisationId = insertOrganisation(w.ctx, { name });
    const contactId = insertContact(w.ctx, organisationId, `Contact ${name}`);
    const needId = withNeed
      ? db
          .insert(needs)
          .values({ organisationId, contactId, title: `Vraag van ${name}`, statusChangedAt: now, createdAt: now, updatedAt: now })
          .returning({ id: needs.id })
          .get().id
      : null;
    return { participantId: participant('onderneming', name, { organisationId, contactId, needId }), organisationId, needId };
  };

  return { ...w, eventId, participant, meeting, enterprise };
}
