import { useTranslation } from 'react-i18next';
import type { NetworkSummary } from '../../../../electron/api/contract';
import { hrefFor } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { useApiQuery } from '../../hooks/useApiQuery';

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
  return (
    <div className="page">
      <PageHeader
        title={t('dashboard.title')}
        subtitle={t('dashboard.subtitle')}
        actions={
          <a className="button" href={hrefFor('netwerk')}>
            {t('dashboard.openNetwork')}
          </a>
        }
      />
      <ul className="stat-grid" aria-busy={!summary.data}>
        {tiles.map((tile) => (
          <li key={tile.key} className="stat" data-testid={`stat-${tile.key}`}>
            <span className="stat-value">{summary.data ? summary.data[tile.key] : '–'}</span>
            <span className="stat-label">{t(tile.label)}</span>
          </li>
        ))}
      </ul>
      <section className="panel panel-note" aria-labelledby="dashboard-later">
        <h2 id="dashboard-later" className="panel-title">
          {t('dashboard.laterTitle')}
        </h2>
        <p>{t('dashboard.laterText')}</p>
      </section>
    </div>
  );
}
