import { z } from './zod';
import { method } from './method';

/**
 * Progress of a long call, by the task id the renderer passed in its input (see
 * electron/services/tasks/progress.ts for the mechanism). Null when the task is unknown (not yet
 * started, or long gone).
 */
export const taskIdField = z
  .string()
  .regex(/^[A-Za-z0-9-]{8,64}$/, 'Ongeldige taak-id.')
  .optional();

const progressInput = z.object({ taskId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'Ongeldige taak-id.') }).strict();

export type TaskProgressView = { taskId: string; phase: string; done: number; total: number; finished: boolean };

export const taskMethods = {
  'tasks.progress': method<typeof progressInput, TaskProgressView | null>(progressInput),
};
