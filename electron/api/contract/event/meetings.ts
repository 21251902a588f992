import { z } from '../zod';
import { method } from '../method';
import { pageInput, type Page } from '../common';
import type { RoutingScorePart } from '../routing';
import { idField, optionalText } from '../rules/fields';
import {
  meetingPriorityValues,
  meetingStatusValues,
  type MeetingPriority,
  type MeetingRequestSource,
  type MeetingStatus,
} from './lifecycle';

export const createRequestInput = z
  .object({
    eventId: idField,
    requesterId: idField,
    targetId: idField,
    priority: z.enum(meetingPriorityValues).default('graag'),
    mutual: z.boolean().default(false),
    fromSuggestion: z.boolean().default(false),
  })
  .strict();

export const respondRequestInput = z.object({ id: idField, accept: z.boolean(), reason: optionalText(500) }).strict();

export const updateRequestInput = z
  .object({
    id: idField,
    priority: z.enum(meetingPriorityValues),
    mutual: z.boolean(),
    /** This meeting must come before that one (precedence); null clears it, absent leaves it. */
    beforeMeetingId: idField.nullable().optional(),
  })
  .strict();

export const setLockInput = z.object({ id: idField, locked: z.boolean() }).strict();
export const cancelMeetingInput = z.object({ id: idField }).strict();

export const listMeetingsInput = z
  .object({
    eventId: idField,
    status: z.enum(meetingStatusValues).optional(),
    participantId: idField.optional(),
    ...pageInput,
  })
  .strict();

export type MeetingRow = {
  id: number;
  requesterId: number;
  requesterName: string;
  targetId: number;
  targetName: string;
  /** The enterprise and the academic of the pair, whoever asked. */
  enterpriseName: string;
  academicName: string;
  priority: MeetingPriority;
  mutual: boolean;
  source: MeetingRequestSource;
  status: MeetingStatus;
  declineReason: string;
  slotIndex: number | null;
  tableNumber: number | null;
  locked: boolean;
  /** Must take place before this meeting of the same event (precedence), when set. */
  beforeMeetingId: number | null;
};

export type SuggestionRow = {
  enterpriseId: number;
  enterpriseName: string;
  needTitle: string;
  academicId: number;
  academicName: string;
  groupName: string;
  sharedThemes: string[];
  /**
   * 'routing': ranked by the referral routing's score of the academic's expertise group for the
   * enterprise's need; 'themes': no need to score (or routing unusable), plain theme overlap.
   */
  basis: 'routing' | 'themes';
  /** Routing score 0..100 (null for theme overlap) and its parts: the "why" in the panel. */
  score: number | null;
  parts: RoutingScorePart[];
};

export const suggestionsInput = z.object({ eventId: idField, limit: z.number().int().min(1).max(500).default(100) }).strict();

export const eventMeetingMethods = {
  'events.listMeetings': method<typeof listMeetingsInput, Page<MeetingRow>>(listMeetingsInput),
  'events.createRequest': method<typeof createRequestInput, { id: number }>(createRequestInput),
  'events.updateRequest': method<typeof updateRequestInput, { id: number }>(updateRequestInput),
  'events.respondRequest': method<typeof respondRequestInput, { id: number }>(respondRequestInput),
  'events.cancelMeeting': method<typeof cancelMeetingInput, { id: number }>(cancelMeetingInput),
  'events.setLock': method<typeof setLockInput, { id: number }>(setLockInput),
  'events.suggestions': method<typeof suggestionsInput, SuggestionRow[]>(suggestionsInput),
} as const;
