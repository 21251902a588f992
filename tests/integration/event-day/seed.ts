import {
  contacts,
  eventMeetings,
  eventParticipants,
  eventScheduleRuns,
  eventSessions,
  events,
  needs,
  organisations,
} from '../../../db/schema';
import type { AppContext } from '../../../electron/services/context';

const enterprises = ['Kringwinkel Gent', 'Maatwerkbedrijf Noord', 'Zorgbedrijf Oost', 'Vzw De Brug'];
const academics = ['Prof. An Peeters (HOGENT)', 'Dr. Bram Janssens (PXL)', 'Ir. Chloë Maes (Howest)', 'Dr. Dirk Wouters (AP)'];

/**
 * A realistic scheduled event for the browser tests and screenshots: 4 enterprises (the first
 * three with an organisation, two with a need), 4 academics, 8 meetings over 4 slots and 2 tables.
 */
export function seedScheduledEvent(ctx: AppContext): { eventId: number; meetingIds: number[] } {
  const db = ctx.db();
  const now = ctx.now().toISOString();
  const eventId = db
    .insert(events)
    .values({
      name: 'Matchmaking Digitaal Gent',
      date: '2026-12-10',
      location: 'Campus Schoonmeersen, Gent',
      tables: 2,
      status: 'open',
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: events.id })
    .get().id;
  db.insert(eventSessions).values({ eventId, name: 'Voormiddag', start: '09:00', end: '10:00', breaks: [] }).run();
  const enterpriseIds = enterprises.map((name, i) => {
    const organisationId =
      i < 3
        ? db
            .insert(organisations)
            .values({ name, normalizedName: name.toLowerCase(), createdAt: now, updatedAt: now })
            .returning({ id: organisations.id })
            .get().id
        : null;
    const contactId =
      organisationId === null
        ? null
        : db
            .insert(contacts)
            .values({ organisationId, firstName: 'Sofie', lastName: `Contact ${i + 1}`, createdAt: now, updatedAt: now })
            .returning({ id: contacts.id })
            .get().id;
    const needId =
      organisationId !== null && i < 2
        ? db
            .insert(needs)
            .values({
              organisationId,
              contactId,
              title: `Digitalisering bij ${name}`,
              statusChangedAt: now,
              createdAt: now,
              updatedAt: now,
            })
            .returning({ id: needs.id })
            .get().id
        : null;
    return db
      .insert(eventParticipants)
      .values({
        eventId,
        side: 'onderneming',
        displayName: name,
        organisationId,
        contactId,
        needId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: eventParticipants.id })
      .get().id;
  });
  const academicIds = academics.map(
    (name) =>
      db
        .insert(eventParticipants)
        .values({ eventId, side: 'academicus', displayName: name, createdAt: now, updatedAt: now })
        .returning({ id: eventParticipants.id })
        .get().id,
  );
  const meetingIds: number[] = [];
  // Round-robin: in slot s, enterprise e meets academic (e + s) % 4; tables 1-2 for the first two enterprises.
  for (let slot = 0; slot < 4; slot += 1) {
    for (let e = 0; e < 2; e += 1) {
      const requesterId = enterpriseIds[e === 0 ? slot % 4 : (slot + 2) % 4];
      const targetId = academicIds[(e + slot * 3) % 4];
      if (requesterId === undefined || targetId === undefined) continue;
      meetingIds.push(
        db
          .insert(eventMeetings)
          .values({
            eventId,
            requesterId,
            targetId,
            status: 'ingepland',
            slotIndex: slot,
            tableNumber: e + 1,
            priority: 'graag',
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: eventMeetings.id })
          .get().id,
      );
    }
  }
  db.insert(eventScheduleRuns)
    .values({
      eventId,
      mode: 'all',
      status: 'optimal',
      requested: 8,
      placed: 8,
      upperBound: 8,
      breaks: 0,
      seconds: 1,
      startedAt: now,
      actor: 'coördinator',
    })
    .run();
  return { eventId, meetingIds };
}
