/**
 * Matchmaking events (DOMAIN.md): a gesprek moves gevraagd -> aanvaard -> ingepland (slot + table)
 * -> gehouden / niet_opgedaagd. Plain data, no zod, so the renderer can import it.
 */
export const meetingStatusValues = [
  'gevraagd',
  'aanvaard',
  'geweigerd',
  'ingepland',
  'gehouden',
  'niet_opgedaagd',
  'geannuleerd',
] as const;
export type MeetingStatus = (typeof meetingStatusValues)[number];

export const meetingTransitions: Record<MeetingStatus, readonly MeetingStatus[]> = {
  gevraagd: ['aanvaard', 'geweigerd', 'geannuleerd'],
  aanvaard: ['ingepland', 'geweigerd', 'geannuleerd'],
  geweigerd: ['gevraagd'],
  // Unscheduling (back to aanvaard) happens when the scheduler or the coordinator moves it out.
  ingepland: ['aanvaard', 'gehouden', 'niet_opgedaagd', 'geannuleerd'],
  gehouden: ['niet_opgedaagd'],
  niet_opgedaagd: ['gehouden'],
  geannuleerd: ['gevraagd'],
};

export function canTransitionMeeting(from: MeetingStatus, to: MeetingStatus): boolean {
  return meetingTransitions[from].includes(to);
}

export const participantSideValues = ['onderneming', 'academicus'] as const;
export type ParticipantSide = (typeof participantSideValues)[number];

/** must-meet / graag / mag (Grip's must-meet, meet, could meet). */
export const meetingPriorityValues = ['must', 'graag', 'mag'] as const;
export type MeetingPriority = (typeof meetingPriorityValues)[number];
/** Weights the scheduler maximises: one must-meet outweighs any number of lower wishes it would displace one-for-one. */
export const meetingPriorityWeights: Record<MeetingPriority, number> = { must: 100, graag: 10, mag: 1 };

export const meetingRequestSourceValues = ['deelnemer', 'import', 'routing', 'coordinator'] as const;
export type MeetingRequestSource = (typeof meetingRequestSourceValues)[number];

export const meetingRatingValues = ['geen_interesse', 'informatief', 'samenwerking_mogelijk'] as const;
export type MeetingRating = (typeof meetingRatingValues)[number];

/** Second-stage follow-up, asked months after the event. */
export const meetingFollowUpValues = [
  'geen_verder_contact',
  'contact_gelegd',
  'intake_gepland',
  'samenwerking_in_voorbereiding',
  'traject_gestart',
] as const;
export type MeetingFollowUp = (typeof meetingFollowUpValues)[number];

export const eventStatusValues = ['concept', 'open', 'gesloten', 'gehouden'] as const;
export type EventStatus = (typeof eventStatusValues)[number];

export const participantStatusValues = ['ingeschreven', 'geannuleerd'] as const;
export type ParticipantStatus = (typeof participantStatusValues)[number];
