import { z } from '../zod';
import { method } from '../method';
import { pageInput, type Page } from '../common';
import { idField, optionalText } from '../rules/fields';
import { participantSideValues, type ParticipantSide, type ParticipantStatus } from './lifecycle';
import { timeWindowInput } from './setup';

const availability = z.array(timeWindowInput).max(10).nullable().default(null);
const maxMeetings = z.number().int().min(1, 'Minstens 1 gesprek.').max(100).nullable().default(null);

export const addEnterpriseInput = z
  .object({
    eventId: idField,
    organisationId: idField,
    contactId: idField,
    needId: idField.nullable().default(null),
    availability,
    maxMeetings,
    notes: optionalText(2000),
  })
  .strict();

export const addAcademicInput = z
  .object({
    eventId: idField,
    expertId: idField,
    expertiseGroupId: idField.nullable().default(null),
    collegeId: idField.nullable().default(null),
    availability,
    maxMeetings,
    notes: optionalText(2000),
  })
  .strict();

export const updateParticipantInput = z.object({ id: idField, availability, maxMeetings, notes: optionalText(2000) }).strict();

export const setParticipantStatusInput = z.object({ id: idField, cancelled: z.boolean() }).strict();

export const listParticipantsInput = z
  .object({
    eventId: idField,
    side: z.enum(participantSideValues).optional(),
    search: z.string().trim().max(200).optional(),
    ...pageInput,
  })
  .strict();

export type ParticipantRow = {
  id: number;
  side: ParticipantSide;
  displayName: string;
  /** Organisation + contact, or expertise group + college. */
  detail: string;
  needTitle: string | null;
  availability: { start: string; end: string }[] | null;
  maxMeetings: number | null;
  status: ParticipantStatus;
  notes: string;
  requests: number;
  scheduled: number;
  imported: boolean;
};

export const searchCandidatesInput = z
  .object({ eventId: idField, side: z.enum(participantSideValues), search: z.string().trim().max(200) })
  .strict();

export type CandidateOption = { id: number; label: string };

/** An existing record that can be registered; `registered` ids are already in the event. */
export type CandidateRow = {
  id: number;
  label: string;
  detail: string;
  /** Enterprises: contacts + needs of the organisation; academics: groups + the college. */
  contacts: (CandidateOption & { registered: boolean })[];
  needs: CandidateOption[];
  groups: CandidateOption[];
  college: CandidateOption | null;
  registered: boolean;
};

export const eventParticipantMethods = {
  'events.listParticipants': method<typeof listParticipantsInput, Page<ParticipantRow>>(listParticipantsInput),
  'events.searchCandidates': method<typeof searchCandidatesInput, CandidateRow[]>(searchCandidatesInput),
  'events.addEnterprise': method<typeof addEnterpriseInput, { id: number }>(addEnterpriseInput),
  'events.addAcademic': method<typeof addAcademicInput, { id: number }>(addAcademicInput),
  'events.updateParticipant': method<typeof updateParticipantInput, { id: number }>(updateParticipantInput),
  'events.setParticipantStatus': method<typeof setParticipantStatusInput, { id: number }>(setParticipantStatusInput),
} as const;
