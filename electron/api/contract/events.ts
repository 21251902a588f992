import { eventSetupMethods } from './event/setup';
import { eventParticipantMethods } from './event/participants';
import { eventMeetingMethods } from './event/meetings';
import { eventScheduleMethods } from './event/schedule';

export * from './event/setup';
export * from './event/participants';
export * from './event/meetings';
export * from './event/schedule';

/** Matchmaking events: setup, registrations, requests, scheduling and the grid. */
export const eventMethods = {
  ...eventSetupMethods,
  ...eventParticipantMethods,
  ...eventMeetingMethods,
  ...eventScheduleMethods,
} as const;
