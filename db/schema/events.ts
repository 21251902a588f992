import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { timestamps } from './columns';
import { colleges, expertiseGroups, experts } from './network';
import { contacts, organisations } from './organisations';
import { intakes, needs } from './dossiers';
import { importBatches } from './imports';
import {
  eventStatusValues as eventStatuses,
  meetingFollowUpValues as meetingFollowUps,
  meetingPriorityValues as meetingPriorities,
  meetingRatingValues as meetingRatings,
  meetingRequestSourceValues as meetingRequestSources,
  meetingStatusValues as meetingStatuses,
  participantSideValues as participantSides,
  participantStatusValues as participantStatuses,
} from '../../electron/api/contract/event/lifecycle';

export {
  eventStatuses,
  meetingFollowUps,
  meetingPriorities,
  meetingRatings,
  meetingRequestSources,
  meetingStatuses,
  participantSides,
  participantStatuses,
};

/** A time window 'HH:MM'-'HH:MM' on the event's day. */
export type TimeWindow = { start: string; end: string };

/** A matchmaking event. Slots are derived from its sessions, slot length, changeover and breaks. */
export const events = sqliteTable(
  'events',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    name: text().notNull(),
    /** Calendar date YYYY-MM-DD. */
    date: text().notNull(),
    location: text().notNull().default(''),
    /** Online platform (Teams, b2match, ...) when not (only) on site. */
    platform: text().notNull().default(''),
    slotMinutes: integer().notNull().default(12),
    changeoverMinutes: integer().notNull().default(3),
    tables: integer().notNull().default(10),
    maxParticipants: integer(),
    /** Default cap on meetings per participant; a participant may have their own. */
    maxMeetingsPerParticipant: integer(),
    status: text({ enum: eventStatuses }).notNull().default('concept'),
    notes: text().notNull().default(''),
    ...timestamps,
  },
  (t) => [index('events_date_idx').on(t.date)],
);

/** A block of meeting time; the event's slots are laid out inside its sessions. */
export const eventSessions = sqliteTable(
  'event_sessions',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    name: text().notNull().default(''),
    start: text().notNull(),
    end: text().notNull(),
    /** Pauses inside the session where no slot may fall. */
    breaks: text({ mode: 'json' }).$type<TimeWindow[]>().notNull().default([]),
  },
  (t) => [index('event_sessions_event_idx').on(t.eventId)],
);

/** A registration: an enterprise (with its need) or an academic (with their expertise group). */
export const eventParticipants = sqliteTable(
  'event_participants',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    side: text({ enum: participantSides }).notNull(),
    organisationId: integer().references(() => organisations.id, { onDelete: 'restrict' }),
    contactId: integer().references(() => contacts.id, { onDelete: 'set null' }),
    needId: integer().references(() => needs.id, { onDelete: 'set null' }),
    expertId: integer().references(() => experts.id, { onDelete: 'restrict' }),
    expertiseGroupId: integer().references(() => expertiseGroups.id, { onDelete: 'set null' }),
    collegeId: integer().references(() => colleges.id, { onDelete: 'restrict' }),
    /** Name shown on agendas (organisation or person), kept for print even if the record changes. */
    displayName: text().notNull(),
    /** Null = available for the whole event. */
    availability: text({ mode: 'json' }).$type<TimeWindow[] | null>(),
    maxMeetings: integer(),
    status: text({ enum: participantStatuses }).notNull().default('ingeschreven'),
    importBatchId: integer().references(() => importBatches.id, { onDelete: 'set null' }),
    sourceRow: integer(),
    notes: text().notNull().default(''),
    ...timestamps,
  },
  (t) => [
    index('event_participants_event_idx').on(t.eventId, t.side),
    // Never the same enterprise contact or the same academic twice in one event.
    uniqueIndex('event_participants_contact_uq')
      .on(t.eventId, t.contactId)
      .where(sql`contact_id IS NOT NULL`),
    uniqueIndex('event_participants_expert_uq')
      .on(t.eventId, t.expertId)
      .where(sql`expert_id IS NOT NULL`),
    index('event_participants_organisation_idx').on(t.organisationId),
  ],
);

/**
 * A gesprek: from the request (who asks whom, priority) through acceptance and scheduling (slot +
 * table) to held / no-show, its rating and the follow-up months later.
 */
export const eventMeetings = sqliteTable(
  'event_meetings',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    requesterId: integer()
      .notNull()
      .references(() => eventParticipants.id, { onDelete: 'cascade' }),
    targetId: integer()
      .notNull()
      .references(() => eventParticipants.id, { onDelete: 'cascade' }),
    priority: text({ enum: meetingPriorities }).notNull().default('graag'),
    /** Both sides asked for it. */
    mutual: integer({ mode: 'boolean' }).notNull().default(false),
    source: text({ enum: meetingRequestSources }).notNull().default('coordinator'),
    status: text({ enum: meetingStatuses }).notNull().default('gevraagd'),
    declineReason: text().notNull().default(''),
    /** 0-based index into the event's derived slots; null until scheduled. */
    slotIndex: integer(),
    /** 1-based table number; null until scheduled. */
    tableNumber: integer(),
    locked: integer({ mode: 'boolean' }).notNull().default(false),
    /** Must take place before this other meeting (precedence), when given. */
    beforeMeetingId: integer(),
    /** Which participant did not show up, for a no-show. */
    noShowParticipantId: integer(),
    rating: text({ enum: meetingRatings }),
    ratingComment: text().notNull().default(''),
    followUp: text({ enum: meetingFollowUps }),
    followUpNote: text().notNull().default(''),
    followUpAt: text(),
    needId: integer().references(() => needs.id, { onDelete: 'set null' }),
    intakeId: integer().references(() => intakes.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('event_meetings_event_idx').on(t.eventId, t.status),
    index('event_meetings_slot_idx').on(t.eventId, t.slotIndex, t.tableNumber),
    uniqueIndex('event_meetings_pair_uq').on(t.eventId, t.requesterId, t.targetId),
    index('event_meetings_target_idx').on(t.targetId),
  ],
);

/** One run of the scheduler: what it placed against the bound, kept so the page can say how good it is. */
export const eventScheduleRuns = sqliteTable(
  'event_schedule_runs',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    mode: text({ enum: ['all', 'rest'] }).notNull(),
    status: text({ enum: ['optimal', 'feasible', 'infeasible', 'unknown'] }).notNull(),
    requested: integer().notNull(),
    placed: integer().notNull(),
    upperBound: integer().notNull(),
    breaks: integer().notNull(),
    seconds: integer().notNull(),
    message: text().notNull().default(''),
    startedAt: text().notNull(),
    actor: text().notNull(),
  },
  (t) => [index('event_schedule_runs_event_idx').on(t.eventId, t.startedAt)],
);

/** A printed (or sent) agenda set: the snapshot of slots and tables, to list changes since. */
export const eventAgendaPrints = sqliteTable(
  'event_agenda_prints',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    eventId: integer()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    printedAt: text().notNull(),
    actor: text().notNull(),
    /** meetingId -> [slotIndex, tableNumber] at print time. */
    snapshot: text({ mode: 'json' }).$type<Record<string, [number, number]>>().notNull(),
  },
  (t) => [index('event_agenda_prints_event_idx').on(t.eventId, t.printedAt)],
);
