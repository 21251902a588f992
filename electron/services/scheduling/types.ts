/**
 * The scheduling problem shared by the matchmaking events (the app) and the B2B benchmark
 * (../shared/bench/b2b, JAIR 2022). Pure data: no database, no electron. Participants, meetings
 * and slots are 0-based indices; the events service maps its ids onto them.
 */
export type ScheduleMeeting = {
  /** The two participants. */
  a: number;
  b: number;
  /** Weight when not everything fits (must-meet > graag > mag); the benchmark uses 1. */
  weight: number;
  /** A required meeting must be placed (the benchmark); an optional one may be left out. */
  required: boolean;
  /** Slots this meeting may use (its session: morning/afternoon); undefined = every slot. */
  allowedSlots?: number[];
  /** A locked (fixed) meeting: it stays in this slot. */
  fixedSlot?: number;
};

export type ScheduleProblem = {
  slots: number;
  /** At most this many meetings per slot (tables / locations). */
  tables: number;
  participants: number;
  /** Per participant, the slots they cannot meet in. */
  forbidden: number[][];
  /** Per participant, an optional cap on their number of meetings. */
  maxMeetings?: (number | null)[];
  meetings: ScheduleMeeting[];
  /** [i, j]: meeting i must take place in an earlier slot than meeting j. */
  precedences: [number, number][];
  /** Slots [0, morningSlots) are the morning session; breaks are not counted across the lunch gap. */
  morningSlots?: number;
  /** Fairness d: max difference between any two participants' breaks; null = no fairness constraint. */
  fairness: number | null;
  /** Optional display names per participant, used in the Dutch reasons (default "deelnemer N"). */
  participantNames?: string[];
};

export type ScheduleStatus = 'optimal' | 'feasible' | 'infeasible' | 'unknown';

export type ScheduleProgress = {
  phase: 'bound' | 'construct' | 'improve' | 'done';
  /** 0..1 of the time limit used. */
  fraction: number;
  placed: number;
  breaks: number | null;
};

export type ScheduleOptions = {
  timeLimitMs: number;
  onProgress?: (progress: ScheduleProgress) => void;
  signal?: AbortSignal;
  seed?: number;
};

export type ScheduleResult = {
  status: ScheduleStatus;
  /** Per meeting: its slot, or null when it was not placed. */
  slotOf: (number | null)[];
  placed: number;
  placedWeight: number;
  /** Total breaks (idle gaps) over all participants, as defined by the benchmark. */
  breaks: number;
  /** Upper bound on the number of meetings that can be placed (max-flow / per-slot matching). */
  upperBound: number;
  /** Plain Dutch reasons when infeasible or when not everything fits. */
  reasons: string[];
  seconds: number;
  /** Lower bound on the total breaks of a schedule that places every required meeting. */
  breaksLowerBound?: number;
};
