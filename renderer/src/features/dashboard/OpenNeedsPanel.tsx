import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../../electron/api/contract';
import type { ApiError } from '../../api';
import { LoadState } from '../../components/LoadState';

type Props = { summary: DashboardSummary | undefined; error: ApiError | undefined; onRetry: () => void };

/** Open needs per lifecycle status; each count opens the dossier list filtered on that status. */
export function OpenNeedsPanel({ summary, error, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="dashboard-open-needs">
      <div className="panel-header">
        <div>
          <h2 id="dashboard-open-needs" className="panel-title">
            {t('workspace.dashboard.openNeeds')}
            {summary && (
              <span className="count-pill">{t('workspace.dashboard.openNeedsTotal', { count: summary.openNeeds })}</span>
            )}
          </h2>
          <p className="muted small">{t('workspace.dashboard.openNeedsHint')}</p>
        </div>
      </div>
      {summary ? (
        <ul className="status-grid">
          {summary.openNeedsByStatus.map((s) => (
            <li key={s.status}>
              <a
                className="status-tile"
                href={`#/dossiers?status=${encodeURIComponent(s.status)}`}
                data-testid={`needs-status-${s.status}`}
              >
                <span className="status-tile-value">{s.count.toLocaleString('nl-BE')}</span>
                <span className="status-tile-label">{t(`workspace.needStatus.${s.status}`, { defaultValue: s.status })}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <LoadState error={error} onRetry={onRetry} />
      )}
    </section>
  );
}
