import { useTranslation } from 'react-i18next';
import type { NetworkSummary } from '../../../../electron/api/contract';
import { hrefFor } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { useApiQuery } from '../../hooks/useApiQuery';
import { openSearchPalette } from '../search/openSearch';
import { ActivityPanel } from './ActivityPanel';
import { KpiPanel } from './KpiPanel';
import { OpenNeedsPanel } from './OpenNeedsPanel';
import { OverdueTasksPanel } from './OverdueTasksPanel';
import { OverdueReferralsPanel } from '../referrals/OverdueReferralsPanel';

const tiles: { key: keyof NetworkSummary; label: string }[] = [
  { key: 'colleges', label: 'dashboard.colleges' },
  { key: 'expertiseGroups', label: 'dashboard.expertiseGroups' },
  { key: 'universities', label: 'dashboard.universities' },
  { key: 'federations', label: 'dashboard.federations' },
  { key: 'themes', label: 'dashboard.themes' },
];

export function DashboardPage() {
  const { t } = useTranslation();
  const summary = useApiQuery('network.summary', undefined);
  const needs = useApiQuery('dashboard.summary', undefined, { reportErrors: false });
  return (
    <div className="page">
      <PageHeader
        title={t('dashboard.title')}
        subtitle={t('dashboard.subtitle')}
        actions={
          <>
            <button type="button" className="button" onClick={openSearchPalette}>
              {t('workspace.search.button')}
            </button>
            <a className="button" href={hrefFor('netwerk')}>
              {t('dashboard.openNetwork')}
            </a>
          </>
        }
      />
      <OpenNeedsPanel summary={needs.data} error={needs.error} onRetry={needs.reload} />
      <div className="dashboard-columns">
        <OverdueTasksPanel />
        <ActivityPanel />
        <OverdueReferralsPanel />
      </div>
      <KpiPanel />
      <section aria-labelledby="dashboard-network" className="dashboard-section">
        <h2 id="dashboard-network" className="section-title">
          {t('workspace.dashboard.networkTitle')}
        </h2>
        <ul className="stat-grid" aria-busy={!summary.data}>
          {tiles.map((tile) => (
            <li key={tile.key} className="stat" data-testid={`stat-${tile.key}`}>
              <span className="stat-value">{summary.data ? summary.data[tile.key] : '–'}</span>
              <span className="stat-label">{t(tile.label)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
