import type { ScheduleMeeting, ScheduleProblem } from '../../../electron/services/scheduling';
import { rng } from '../../../electron/services/scheduling/search';

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

/** Random small instances with forbidden slots, so that optima above zero are common. */
export function randomProblem(seed: number) {
  const random = rng(seed);
  const participants = 7;
  const slots = 6;
  const meetings: [number, number][] = [];
  for (let a = 0; a < participants; a++) for (let b = a + 1; b < participants; b++) if (random() < 0.45) meetings.push([a, b]);
  const forbidden = Array.from({ length: participants }, () =>
    Array.from({ length: slots }, (_, t) => t).filter(() => random() < 0.15),
  );
  return problem({ slots, tables: 3, participants, fairness: 2, forbidden, meetings });
}
