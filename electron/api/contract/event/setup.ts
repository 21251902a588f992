import { z } from '../zod';
import { method } from '../method';
import { pageInput, sortDirection, type Page } from '../common';
import { dateField, idField, optionalText, requiredText } from '../rules/fields';
import { eventStatusValues, type EventStatus } from './lifecycle';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Gebruik het formaat UU:MM, bv. 09:30.');

export const timeWindowInput = z.object({ start: clock, end: clock }).strict();

export const sessionInput = z
  .object({
    name: optionalText(100),
    start: clock,
    end: clock,
    breaks: z.array(timeWindowInput).max(10).default([]),
  })
  .strict();

const eventFields = {
  name: requiredText(200),
  date: dateField,
  location: optionalText(300),
  platform: optionalText(200),
  slotMinutes: z.number().int().min(5, 'Minstens 5 minuten.').max(120, 'Hoogstens 120 minuten.').default(12),
  changeoverMinutes: z.number().int().min(0, 'Niet negatief.').max(60, 'Hoogstens 60 minuten.').default(3),
  tables: z.number().int().min(1, 'Minstens één tafel.').max(200, 'Hoogstens 200 tafels.'),
  maxParticipants: z.number().int().min(2, 'Minstens 2 deelnemers.').nullable().default(null),
  maxMeetingsPerParticipant: z.number().int().min(1, 'Minstens 1 gesprek.').nullable().default(null),
  status: z.enum(eventStatusValues).default('concept'),
  notes: optionalText(5000),
  sessions: z.array(sessionInput).min(1, 'Voeg minstens één sessie toe.').max(6),
};

export const createEventInput = z.object(eventFields).strict();
export const updateEventInput = z
  .object({
    ...eventFields,
    id: idField,
    /** The coordinator agreed that the listed meetings lose their slot. */
    confirmUnschedule: z.boolean().default(false),
  })
  .strict();

export const eventSortColumns = ['date', 'name', 'participants', 'meetings'] as const;
export const listEventsInput = z
  .object({
    search: z.string().trim().max(200).optional(),
    sort: z
      .object({ column: z.enum(eventSortColumns), direction: sortDirection })
      .strict()
      .optional(),
    ...pageInput,
  })
  .strict();

export type Slot = { index: number; start: string; end: string; session: number };

export type EventRow = {
  id: number;
  name: string;
  date: string;
  location: string;
  platform: string;
  status: EventStatus;
  tables: number;
  slotCount: number;
  participants: number;
  meetings: number;
  scheduled: number;
};

export type EventSessionRow = { name: string; start: string; end: string; breaks: { start: string; end: string }[] };

export type EventDetail = Omit<EventRow, 'slotCount'> & {
  slotMinutes: number;
  changeoverMinutes: number;
  maxParticipants: number | null;
  maxMeetingsPerParticipant: number | null;
  notes: string;
  sessions: EventSessionRow[];
  slots: Slot[];
  enterprises: number;
  academics: number;
};

/** A meeting that would lose its slot when the layout changes (CONFLICT details). */
export type DisplacedMeeting = { id: number; label: string; slotIndex: number; tableNumber: number };

export const eventIdInput = z.object({ id: idField }).strict();

export const eventSetupMethods = {
  'events.list': method<typeof listEventsInput, Page<EventRow>>(listEventsInput),
  'events.get': method<typeof eventIdInput, EventDetail>(eventIdInput),
  'events.create': method<typeof createEventInput, { id: number }>(createEventInput),
  'events.update': method<typeof updateEventInput, { id: number; unscheduled: number }>(updateEventInput),
} as const;
