import { z } from './zod';
import { method } from './method';
import { pageInput, type Page } from './common';
import { dateField, idField, optionalText } from './rules/fields';
import type { ExportFile } from './privacy';
import {
  meetingFollowUpValues,
  meetingRatingValues,
  type MeetingFollowUp,
  type MeetingRating,
  type MeetingStatus,
  type ParticipantSide,
} from './event/lifecycle';

/** A slot of the event as shown on agendas: local Brussels times 'HH:MM' on the event's date. */
export type AgendaSlot = { index: number; start: string; end: string };

export type AgendaMeeting = {
  meetingId: number;
  slotIndex: number;
  tableNumber: number;
  start: string;
  end: string;
  /** The person or organisation across the table. */
  otherName: string;
  status: MeetingStatus;
};

export type AgendaParticipant = {
  id: number;
  side: ParticipantSide;
  displayName: string;
  meetings: AgendaMeeting[];
};

export type AgendaTableMeeting = AgendaMeeting & { enterpriseName: string; academicName: string };

export type AgendaView = {
  eventId: number;
  eventName: string;
  /** YYYY-MM-DD */
  date: string;
  location: string;
  platform: string;
  slots: AgendaSlot[];
  participants: AgendaParticipant[];
  tables: { tableNumber: number; meetings: AgendaTableMeeting[] }[];
  lastPrint: { id: number; printedAt: string; actor: string } | null;
};

export type AgendaChangeKind = 'verplaatst' | 'geannuleerd' | 'toegevoegd';

export type AgendaChange = {
  meetingId: number;
  kind: AgendaChangeKind;
  before: { slotIndex: number; tableNumber: number; start: string } | null;
  after: { slotIndex: number; tableNumber: number; start: string } | null;
  requesterName: string;
  targetName: string;
};

export type AgendaChanges = {
  printedAt: string | null;
  changes: AgendaChange[];
  /** Who must be told before the day: everyone with a moved, cancelled or added meeting. */
  notify: { participantId: number; displayName: string; changes: number }[];
};

export type DayParticipant = { id: number; displayName: string; side: ParticipantSide };

export type DayMeeting = {
  id: number;
  slotIndex: number;
  tableNumber: number;
  start: string;
  end: string;
  requester: DayParticipant;
  target: DayParticipant;
  status: MeetingStatus;
  noShowParticipantId: number | null;
  rating: MeetingRating | null;
  ratingComment: string;
  intakeId: number | null;
  needId: number | null;
  /** The enterprise side has an organisation, so an intake can be made from this meeting. */
  canCreateIntake: boolean;
};

export type DayView = {
  eventId: number;
  date: string;
  /** Today is the event's day (Brussels): the current round is then the one under way. */
  isEventDay: boolean;
  /** On the day the round under way (listed first); otherwise the first round still to mark. */
  currentSlotIndex: number | null;
  slots: { slot: AgendaSlot; meetings: DayMeeting[] }[];
};

export const eventDayEventInput = z.object({ eventId: idField }).strict();
export const eventDayMeetingInput = z.object({ meetingId: idField }).strict();

export const markMeetingInput = z
  .object({
    meetingId: idField,
    outcome: z.enum(['gehouden', 'niet_opgedaagd']),
    /** For a no-show: which side did not come; null = both. */
    noShowParticipantId: idField.nullable().default(null),
  })
  .strict();

export const rateMeetingInput = z
  .object({ meetingId: idField, rating: z.enum(meetingRatingValues), comment: optionalText(2000) })
  .strict();

export const createIntakeFromMeetingInput = z
  .object({ meetingId: idField, date: dateField, participants: optionalText(2000) })
  .strict();

export type IntakeFromMeeting = { intakeId: number; needId: number; needCreated: boolean };

export const setFollowUpInput = z
  .object({
    meetingId: idField,
    followUp: z.enum(meetingFollowUpValues),
    note: optionalText(2000),
    date: dateField,
  })
  .strict();

export const listFollowUpInput = z.object({ eventId: idField, onlyOpen: z.boolean().default(false), ...pageInput }).strict();

export type FollowUpRow = {
  meetingId: number;
  slotIndex: number | null;
  enterpriseName: string;
  academicName: string;
  rating: MeetingRating | null;
  ratingComment: string;
  intakeId: number | null;
  followUp: MeetingFollowUp | null;
  followUpNote: string;
  followUpAt: string | null;
};

export type FollowUpPage = Page<FollowUpRow> & { withoutFollowUp: number };

/** The numbers of one event; also read by the reports (eventFigures). */
export type EventFigures = {
  eventId: number;
  registrations: { onderneming: number; academicus: number; cancelled: number };
  requests: number;
  accepted: number;
  declined: number;
  scheduled: number;
  /** From the last schedule run; null when the scheduler never ran. */
  lastRun: { placed: number; upperBound: number; requested: number; status: string } | null;
  held: number;
  noShows: number;
  ratings: Record<MeetingRating, number>;
  unrated: number;
  intakes: number;
  intakesHeld: number;
  trajects: number;
  followUps: Record<MeetingFollowUp, number>;
  withoutFollowUp: number;
};

export const eventDayMethods = {
  'eventDay.agenda': method<typeof eventDayEventInput, AgendaView>(eventDayEventInput),
  'eventDay.agendaXlsx': method<typeof eventDayEventInput, ExportFile>(eventDayEventInput),
  'eventDay.markPrinted': method<typeof eventDayEventInput, { id: number; printedAt: string }>(eventDayEventInput),
  'eventDay.changesSincePrint': method<typeof eventDayEventInput, AgendaChanges>(eventDayEventInput),
  'eventDay.day': method<typeof eventDayEventInput, DayView>(eventDayEventInput),
  'eventDay.mark': method<typeof markMeetingInput, DayMeeting>(markMeetingInput),
  'eventDay.undoMark': method<typeof eventDayMeetingInput, DayMeeting>(eventDayMeetingInput),
  'eventDay.rate': method<typeof rateMeetingInput, DayMeeting>(rateMeetingInput),
  'eventDay.createIntake': method<typeof createIntakeFromMeetingInput, IntakeFromMeeting>(createIntakeFromMeetingInput),
  'eventDay.setFollowUp': method<typeof setFollowUpInput, { meetingId: number }>(setFollowUpInput),
  'eventDay.listFollowUp': method<typeof listFollowUpInput, FollowUpPage>(listFollowUpInput),
  'eventDay.figures': method<typeof eventDayEventInput, EventFigures>(eventDayEventInput),
} as const;
