import type { TFunction } from 'i18next';
import type { PlanRowView, StepView } from '../../../../electron/api/contract';

/** One step of a row in words: "nieuw: X", "bestaand #12 X, bijwerken: website", "zelfde als rij 4". */
export function stepText(t: TFunction, step: StepView | null): string {
  if (!step) return t('imports.match.nothing');
  switch (step.action) {
    case 'create':
      return step.label ? t('imports.match.create', { label: step.label }) : t('imports.match.createPlain');
    case 'update':
      return t('imports.match.update', { id: step.id, label: step.label, changes: step.changes.join(', ') });
    case 'unchanged':
      return t('imports.match.unchanged', { id: step.id, label: step.label });
    case 'skipped':
      return t('imports.match.skipped', { id: step.id, label: step.label });
    case 'same':
      return t('imports.match.same', { row: step.firstRow });
    case 'existing':
      return t('imports.match.existing', { id: step.id });
  }
}

export function rowStatusText(t: TFunction, row: PlanRowView): string | null {
  if (row.status === 'excluded') return t('imports.match.excluded');
  if (row.status === 'invalid') return t('imports.match.invalid');
  return null;
}
