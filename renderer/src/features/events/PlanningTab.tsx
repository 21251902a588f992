import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail, ScheduleJob, ScheduleMode } from '../../../../electron/api/contract/events';
import { call, toApiError } from '../../api';
import { useDataVersion } from '../../app/DataVersion';
import { useNotices } from '../../app/NoticeContext';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TaskProgressBar } from '../../components/TaskProgressBar';
import { formatDateTime } from '../../format';
import { useApiQuery } from '../../hooks/useApiQuery';
import { PlanningChanges } from './PlanningChanges';
import { ScheduleGrid } from './ScheduleGrid';

/** Starts a run in the background and polls its progress until it is done. */
function useScheduleRun(eventId: number) {
  const { t } = useTranslation();
  const { reloadAll } = useDataVersion();
  const { notifySuccess } = useNotices();
  const [job, setJob] = useState<ScheduleJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function poll(jobId: string) {
    try {
      const next = await call('events.scheduleJob', { jobId });
      setJob(next);
      if (next.state === 'running') {
        timer.current = window.setTimeout(() => void poll(jobId), 400);
        return;
      }
      reloadAll();
      if (next.state === 'failed') setError(t('events.planning.failed', { message: next.error ?? '' }));
      else if (next.outcome)
        notifySuccess(t('events.planning.done', { placed: next.outcome.placed, bound: next.outcome.upperBound }));
    } catch (caught) {
      setError(toApiError(caught).message);
      setJob(null);
    }
  }

  async function start(mode: ScheduleMode, timeLimitSeconds: number) {
    setError(null);
    try {
      const { jobId } = await call('events.startSchedule', { eventId, mode, timeLimitSeconds });
      setJob({ jobId, state: 'running', fraction: 0, placed: 0, outcome: null, error: null });
      void poll(jobId);
    } catch (caught) {
      setError(toApiError(caught).message);
    }
  }

  return { job, error, start, running: job?.state === 'running' };
}

/** Scheduling: run the solver (all / the rest) with progress, how good it is, and the grid. */
export function PlanningTab({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const summary = useApiQuery('events.scheduleSummary', { eventId: event.id });
  const run = useScheduleRun(event.id);
  const [limit, setLimit] = useState(10);
  const [confirmAll, setConfirmAll] = useState(false);
  const s = summary.data;
  const last = s?.lastRun ?? null;
  const printed = s?.printed ?? null;
  // A full re-run may move meetings that are on agendas people already have: ask first.
  const startAll = () => {
    if (printed && printed.movable > 0) setConfirmAll(true);
    else void run.start('all', limit);
  };
  return (
    <div className="ev-tab ev-planning" data-testid="planning-tab">
      <section className="panel ev-summary" aria-labelledby="ev-summary-title">
        <div className="ev-summary-main">
          <div>
            <h2 id="ev-summary-title" className="panel-title">
              {t('events.planning.summaryTitle')}
            </h2>
            {last ? (
              <p className="ev-headline" data-testid="schedule-headline" title={t('events.planning.placedHint')}>
                {t('events.planning.placed', { placed: last.placed, bound: last.upperBound })}
              </p>
            ) : (
              <p className="ev-headline muted">{t('events.planning.noRun', { accepted: s?.accepted ?? 0 })}</p>
            )}
            {s && (
              <p className="muted small" data-testid="schedule-state">
                {t('events.planning.state', { scheduled: s.scheduled, locked: s.locked, accepted: s.accepted })}
              </p>
            )}
            {last && (
              <p className="muted small">
                <span className={`ev-run-status ev-run-${last.status}`}>{t(`events.planning.status.${last.status}`)}</span>{' '}
                {t('events.planning.lastRun', {
                  mode: t(`events.planning.mode.${last.mode}`),
                  at: formatDateTime(last.startedAt),
                  actor: last.actor,
                  seconds: last.seconds,
                })}
              </p>
            )}
          </div>
          <div className="ev-run-controls">
            <label className="field-inline">
              <span className="field-label">{t('events.planning.timeLimit')}</span>
              <input
                type="number"
                className="input ev-limit"
                min={1}
                max={300}
                value={limit}
                onChange={(e) => setLimit(Math.max(1, Math.min(300, Math.trunc(Number(e.target.value)) || 1)))}
              />
            </label>
            <button
              type="button"
              className="button button-primary"
              disabled={run.running}
              title={t('events.planning.allHint')}
              onClick={startAll}
              data-testid="schedule-all"
            >
              {t('events.planning.all')}
            </button>
            <button
              type="button"
              className="button"
              disabled={run.running}
              title={t('events.planning.restHint')}
              onClick={() => void run.start('rest', limit)}
              data-testid="schedule-rest"
            >
              {t('events.planning.rest')}
            </button>
          </div>
        </div>
        {run.running && run.job && (
          // The shared progress look: the job's share of the time limit as the bar, placed so far as the text.
          <TaskProgressBar
            progress={{
              taskId: run.job.jobId,
              phase: 'solve',
              done: Math.round(run.job.fraction * 100),
              total: 100,
              finished: false,
            }}
            phaseLabel={() => t('events.progress.solve', { placed: run.job?.placed ?? 0 })}
            countLabel={(done) => t('events.progress.time', { percent: done })}
            fallback={t('events.progress.starting')}
          />
        )}
        {run.error && <Alert kind="error">{run.error}</Alert>}
        {last && last.reasons.length > 0 && (
          <div className="ev-reasons" data-testid="schedule-reasons">
            <strong>{t('events.planning.reasons')}</strong>
            <ul>
              {last.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <ConfirmDialog
        open={confirmAll}
        title={t('events.planning.printedTitle')}
        confirmLabel={t('events.planning.printedConfirm')}
        onCancel={() => setConfirmAll(false)}
        onConfirm={() => {
          setConfirmAll(false);
          void run.start('all', limit);
        }}
      >
        {printed && confirmAll && (
          <div data-testid="printed-guard">
            <p>
              {t('events.planning.printedBody', {
                when: formatDateTime(printed.printedAt),
                count: printed.movable,
                people: printed.people,
              })}
            </p>
            <p className="muted ev-guard-advice">{t('events.planning.printedAdvice')}</p>
          </div>
        )}
      </ConfirmDialog>
      <PlanningChanges eventId={event.id} />
      <ScheduleGrid event={event} />
    </div>
  );
}
