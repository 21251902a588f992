import { z } from '../zod';
import { method } from '../method';
import { idField } from '../rules/fields';
import type { MeetingPriority } from './lifecycle';
import type { Slot } from './setup';

export const scheduleModeValues = ['all', 'rest'] as const;
export type ScheduleMode = (typeof scheduleModeValues)[number];

export const runScheduleInput = z
  .object({
    eventId: idField,
    mode: z.enum(scheduleModeValues),
    timeLimitSeconds: z.number().int().min(1).max(300).default(10),
  })
  .strict();

export const scheduleJobInput = z.object({ jobId: z.string().min(1).max(100) }).strict();

export type ScheduleOutcome = {
  runId: number;
  status: 'optimal' | 'feasible' | 'infeasible' | 'unknown';
  requested: number;
  placed: number;
  upperBound: number;
  breaks: number;
  seconds: number;
  reasons: string[];
};

export type ScheduleJob = {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  /** 0..1 of the time limit used. */
  fraction: number;
  placed: number;
  outcome: ScheduleOutcome | null;
  error: string | null;
};

export type ScheduleSummary = {
  accepted: number;
  scheduled: number;
  locked: number;
  lastRun: (ScheduleOutcome & { mode: ScheduleMode; startedAt: string; actor: string }) | null;
  /**
   * The last printed agendas, if any: how many of their meetings "Alles inplannen" may still move
   * (placed and not locked) and how many people those meetings concern.
   */
  printed: { printedAt: string; movable: number; people: number } | null;
};

export type GridMeeting = {
  id: number;
  enterpriseName: string;
  academicName: string;
  priority: MeetingPriority;
  slotIndex: number | null;
  tableNumber: number | null;
  locked: boolean;
  participantIds: [number, number];
};

export type GridData = {
  slots: Slot[];
  tables: number;
  placed: GridMeeting[];
  /** Accepted meetings without a slot yet. */
  unplaced: GridMeeting[];
};

/** For one selected meeting: per slot and table, can it go there, and if not, why. */
export type PlacementCell = { slotIndex: number; tableNumber: number; ok: boolean; reason: string };

export const moveMeetingInput = z
  .object({
    id: idField,
    slotIndex: z.number().int().min(0),
    tableNumber: z.number().int().min(1),
  })
  .strict();

export const eventRef = z.object({ eventId: idField }).strict();

export const meetingRef = z.object({ id: idField }).strict();

/** A planned move (slot + table) or, with nulls, a cancel / unschedule of one meeting. */
export const printImpactInput = z
  .object({
    id: idField,
    slotIndex: z.number().int().min(0).nullable(),
    tableNumber: z.number().int().min(1).nullable(),
  })
  .strict();

/**
 * Asked before a manual change: was this meeting on the last printed agenda, and who must then be
 * told. `notify` is empty when nothing was printed, the meeting was not on it, or the change
 * puts it back where it was printed.
 */
export type PrintImpact = {
  printedAt: string | null;
  printedPlace: { slotIndex: number; tableNumber: number; start: string } | null;
  notify: { participantId: number; displayName: string }[];
};

export const eventScheduleMethods = {
  'events.schedule': method<typeof runScheduleInput, ScheduleOutcome>(runScheduleInput),
  'events.startSchedule': method<typeof runScheduleInput, { jobId: string }>(runScheduleInput),
  'events.scheduleJob': method<typeof scheduleJobInput, ScheduleJob>(scheduleJobInput),
  'events.scheduleSummary': method<typeof eventRef, ScheduleSummary>(eventRef),
  'events.grid': method<typeof eventRef, GridData>(eventRef),
  'events.placements': method<typeof meetingRef, PlacementCell[]>(meetingRef),
  'events.moveMeeting': method<typeof moveMeetingInput, { id: number }>(moveMeetingInput),
  'events.unscheduleMeeting': method<typeof meetingRef, { id: number }>(meetingRef),
  'events.printImpact': method<typeof printImpactInput, PrintImpact>(printImpactInput),
} as const;
