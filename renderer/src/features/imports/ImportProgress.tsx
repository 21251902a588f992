import { useTranslation } from 'react-i18next';
import type { TaskProgressView } from '../../../../electron/api/contract';
import { TaskProgressBar } from '../../components/TaskProgressBar';

const PHASES = ['read', 'validate', 'match', 'commit'] as const;

/** The wizard's progress bar: reading, checking, matching, saving, with counts where they exist. */
export function ImportProgress({ progress, fallback }: { progress: TaskProgressView | null; fallback: string }) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language);
  return (
    <TaskProgressBar
      progress={progress}
      fallback={fallback}
      phaseLabel={(phase) => ((PHASES as readonly string[]).includes(phase) ? t(`imports.progress.${phase}`) : fallback)}
      countLabel={(done, total) => {
        // Reading reports a percentage, but exceljs reads in one go: no "0%" next to a moving bar.
        if (progress?.phase === 'read') return done > 0 ? t('imports.progress.percent', { done }) : null;
        if (progress?.phase === 'commit') return t('imports.progress.commitHint', { total: number(total) });
        return t('imports.progress.counts', { done: number(done), total: number(total) });
      }}
    />
  );
}
