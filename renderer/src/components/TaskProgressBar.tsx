import type { TaskProgressView } from '../../../electron/api/contract';

type Props = {
  progress: TaskProgressView | null;
  /** The phase in the user's words (the caller translates its own phase keys). */
  phaseLabel: (phase: string) => string;
  /** "3 of 10" in the user's language; null for a phase without counts. */
  countLabel: (done: number, total: number) => string | null;
  /** Shown while no progress arrived yet (the call just started). */
  fallback: string;
};

/**
 * A progress bar for a long task fed by useTaskProgress: the phase, a bar and the counts. A
 * phase whose total is known but whose work cannot report in between (one transaction) shows an
 * indeterminate bar rather than a frozen 0%.
 */
export function TaskProgressBar({ progress, phaseLabel, countLabel, fallback }: Props) {
  const known = progress !== null && progress.total > 0 && progress.done > 0;
  const percent = known ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : null;
  const label = progress ? phaseLabel(progress.phase) : fallback;
  const counts = progress && progress.total > 0 ? countLabel(progress.done, progress.total) : null;
  return (
    <div className="task-progress" role="status" aria-live="polite" data-testid="task-progress">
      <div className="task-progress-text">
        <span>{label}</span>
        {counts && <span className="muted">{counts}</span>}
      </div>
      <div
        className={`task-progress-track${percent === null ? ' task-progress-indeterminate' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <div className="task-progress-fill" style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  );
}
