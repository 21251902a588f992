import { useState } from 'react';
import { useApiQuery } from '../../hooks/useApiQuery';
import { newTaskId, useTaskProgress } from '../../hooks/useTaskProgress';
import { planChoices, type WizardChoices } from './choices';

export const PAGE_SIZE = 50;

/** One page of the plan for the current choices; the main process plans once per set of choices. */
export function usePlan(choices: WizardChoices, filter: 'all' | 'errors' | 'warnings', offset: number) {
  // One task id per step: every plan of this step reports under it, and the bar polls it.
  const [taskId] = useState(newTaskId);
  const query = useApiQuery('imports.plan', { ...planChoices(choices), filter, offset, limit: PAGE_SIZE, taskId });
  const progress = useTaskProgress(taskId, query.loading);
  return { ...query, progress };
}

/** A bar for the first plan of a step and for large files; a quick re-plan (an inline fix) only shows the busy note. */
export function showProgress(loading: boolean, hasData: boolean, choices: WizardChoices): boolean {
  return loading && (!hasData || choices.upload.rowCount > 2000);
}

/** The header of the column mapped to a target, to show a cell's value next to its issue. */
export function columnOf(choices: WizardChoices, target: string): number | null {
  const column = choices.upload.columns.find((c) => (choices.targets[c.index] ?? c.target) === target);
  return column ? column.index : null;
}
