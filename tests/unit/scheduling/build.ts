import type { ScheduleMeeting, ScheduleProblem } from '../../../electron/services/scheduling';

/** A small problem for tests: meetings as [a, b] pairs (required, weight 1) or full objects. */
export function problem(
  spec: Partial<Omit<ScheduleProblem, 'meetings'>> & { meetings: ([number, number] | ScheduleMeeting)[] },
): ScheduleProblem {
  const meetings = spec.meetings.map((m) => (Array.isArray(m) ? { a: m[0], b: m[1], weight: 1, required: true } : m));
  const participants = spec.participants ?? Math.max(0, ...meetings.flatMap((m) => [m.a + 1, m.b + 1]));
  return {
    slots: spec.slots ?? 4,
    tables: spec.tables ?? 10,
    participants,
    forbidden: spec.forbidden ?? Array.from({ length: participants }, () => []),
    meetings,
    precedences: spec.precedences ?? [],
    fairness: spec.fairness ?? null,
    ...(spec.morningSlots !== undefined ? { morningSlots: spec.morningSlots } : {}),
    ...(spec.maxMeetings ? { maxMeetings: spec.maxMeetings } : {}),
    ...(spec.participantNames ? { participantNames: spec.participantNames } : {}),
  };
}
