import { useApiQuery } from '../../hooks/useApiQuery';
import { planChoices, type WizardChoices } from './choices';

export const PAGE_SIZE = 50;

/** One page of the plan for the current choices; the main process plans once per set of choices. */
export function usePlan(choices: WizardChoices, filter: 'all' | 'errors' | 'warnings', offset: number) {
  return useApiQuery('imports.plan', { ...planChoices(choices), filter, offset, limit: PAGE_SIZE });
}

/** The header of the column mapped to a target, to show a cell's value next to its issue. */
export function columnOf(choices: WizardChoices, target: string): number | null {
  const column = choices.upload.columns.find((c) => (choices.targets[c.index] ?? c.target) === target);
  return column ? column.index : null;
}
