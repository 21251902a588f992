import { z } from '../zod';
import { dateField, optionalText, requiredText } from '../rules/fields';
import { collaborationFormValues, manualTimelineKinds, type CollaborationForm } from './lifecycle';

const needId = z.number().int().positive();

/** When something happened: a calendar date, or a full ISO instant. */
const instantOrDate = z.union([dateField, z.iso.datetime({ offset: true, message: 'Geef een geldige datum en tijd.' })]);

export const addTimelineInput = z
  .object({
    needId,
    kind: z.enum(manualTimelineKinds),
    at: instantOrDate.optional(),
    summary: requiredText(300),
    body: optionalText(20_000),
    confidential: z.boolean().default(false),
  })
  .strict();

export const listTimelineInput = z.object({ needId, limit: z.number().int().min(1).max(1000).default(300) }).strict();

export type TimelineEntryRow = {
  id: number;
  kind: string;
  at: string;
  actor: string;
  summary: string;
  body: string;
  confidential: boolean;
  /** Logged for a calendar day without a time: show the date only. */
  dateOnly: boolean;
  createdAt: string;
};

export const planIntakeInput = z.object({ needId, date: dateField, participants: optionalText(2000) }).strict();

export const recordIntakeInput = z
  .object({
    needId,
    /** The planned intake this records; without it a new (unplanned) intake is recorded. */
    intakeId: z.number().int().positive().optional(),
    date: dateField,
    participants: optionalText(2000),
    needSummary: optionalText(10_000),
    planning: optionalText(5000),
    budget: optionalText(2000),
    collaborationForms: z.array(z.enum(collaborationFormValues)).max(collaborationFormValues.length).default([]),
    projectShape: optionalText(10_000),
    decision: optionalText(5000),
    nextSteps: optionalText(5000),
  })
  .strict();

export const byNeedInput = z.object({ needId }).strict();

export type IntakeRow = {
  id: number;
  date: string;
  held: boolean;
  participants: string;
  needSummary: string;
  planning: string;
  budget: string;
  collaborationForms: CollaborationForm[];
  projectShape: string;
  decision: string;
  nextSteps: string;
};

export const addTaskInput = z
  .object({ needId, title: requiredText(200), dueDate: dateField, assignee: optionalText(120) })
  .strict();

export type TaskRow = {
  id: number;
  title: string;
  dueDate: string;
  assignee: string;
  doneAt: string | null;
  overdue: boolean;
};

export const overdueTasksInput = z
  .object({ limit: z.number().int().min(1).max(1000).default(200) })
  .strict()
  .optional();

/** Kept small on purpose: the dashboard reuses it. */
export type OverdueTask = {
  id: number;
  title: string;
  dueDate: string;
  needId: number | null;
  needTitle: string | null;
  organisationName: string | null;
  daysOverdue: number;
};

export const maxAttachmentBytes = 25 * 1024 * 1024;

export const addAttachmentInput = z
  .object({
    needId,
    fileName: requiredText(255).refine((name) => !/[\\/\0]/.test(name), { message: 'Ongeldige bestandsnaam.' }),
    contentBase64: z
      .string()
      .max(Math.ceil((maxAttachmentBytes * 4) / 3) + 1024, { message: 'Het bestand is groter dan 25 MB.' })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'Het bestand kon niet gelezen worden.' }),
  })
  .strict();

export type AttachmentRow = {
  id: number;
  fileName: string;
  sizeBytes: number;
  mimeType: string;
  addedAt: string;
  actor: string;
};

export type AttachmentContent = { fileName: string; mimeType: string; contentBase64: string };
