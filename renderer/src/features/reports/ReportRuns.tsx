import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuiltReport, ReportRunRow } from '../../../../electron/api/contract/reports';
import { call } from '../../api';
import { useNotices } from '../../app/NoticeContext';
import { LoadState } from '../../components/LoadState';
import { Spinner } from '../../components/Spinner';
import { formatDateTime } from '../../format';
import type { ApiQuery } from '../../hooks/useApiQuery';
import { saveFile } from '../../lib/saveFile';
import { dutchDay } from './periods';

type Props = { runs: ApiQuery<'reports.runs'>; onBuilt: (report: BuiltReport, savedAs: string | null) => void };

function useFigures() {
  const { t } = useTranslation();
  return (run: ReportRunRow) => {
    const f = run.figures;
    if (run.kind === 'vlaio')
      return t('reports.figuresVlaio', {
        needs: f.needsRegistered ?? 0,
        intakes: f.intakesHeld ?? 0,
        trajects: f.trajectsStarted ?? 0,
      });
    if (run.kind === 'network')
      return t('reports.figuresNetwork', { sent: f.referralsSent ?? 0, trajects: f.trajectsStarted ?? 0 });
    return t('reports.figuresEvent', { events: f.events ?? 0, held: f.meetingsHeld ?? 0 });
  };
}

/** The last reports with their parameters; "Opnieuw maken" builds the same report on today's data. */
export function ReportRuns({ runs, onBuilt }: Props) {
  const { t } = useTranslation();
  const { reportError } = useNotices();
  const [busyId, setBusyId] = useState<number | null>(null);
  const figures = useFigures();

  async function rebuild(id: number) {
    setBusyId(id);
    try {
      const report = await call('reports.rebuild', { id });
      const saved = await saveFile(report);
      onBuilt(report, saved.saved ? saved.label : null);
    } catch (error) {
      reportError(error);
    } finally {
      setBusyId(null);
    }
  }

  return (
    <section className="panel" aria-labelledby="reports-runs">
      <div className="panel-header">
        <div>
          <h2 id="reports-runs" className="panel-title">
            {t('reports.runsTitle')}
          </h2>
          <p className="muted small">{t('reports.runsHint')}</p>
        </div>
      </div>
      {!runs.data ? (
        <LoadState error={runs.error} onRetry={runs.reload} />
      ) : runs.data.length === 0 ? (
        <p className="muted">{t('reports.noRuns')}</p>
      ) : (
        <table className="simple-table" data-testid="report-runs">
          <thead>
            <tr>
              <th>{t('reports.colReport')}</th>
              <th>{t('reports.colPeriod')}</th>
              <th>{t('reports.colScope')}</th>
              <th>{t('reports.colFigures')}</th>
              <th>{t('reports.colCreated')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {runs.data.map((run) => (
              <tr key={run.id}>
                <td>{t(`reports.kinds.${run.kind}`)}</td>
                <td className="nowrap">
                  {dutchDay(run.periodFrom)} – {dutchDay(run.periodTo)}
                </td>
                <td>
                  {run.eventName ?? t('reports.scopeAll')}
                  {run.pseudonymised && <span className="report-tag">{t('reports.pseudonymisedTag')}</span>}
                </td>
                <td className="muted">{figures(run)}</td>
                <td>
                  <span className="nowrap">{formatDateTime(run.createdAt)}</span>
                  <span className="muted small report-actor">{run.actor}</span>
                </td>
                <td className="align-end">
                  <button
                    type="button"
                    className="button button-small"
                    disabled={busyId !== null}
                    onClick={() => void rebuild(run.id)}
                    data-testid={`report-rebuild-${run.id}`}
                  >
                    {busyId === run.id && <Spinner />}
                    {t('reports.rebuild')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
