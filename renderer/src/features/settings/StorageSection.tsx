import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../hooks/useApiQuery';

export function StorageSection() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', undefined);
  const rows: [string, string | undefined, string][] = [
    [t('settings.dataDir'), settings.data?.dataDir, 'setting-data-dir'],
    [t('settings.databaseFile'), settings.data?.databaseFile, 'setting-database-file'],
    [t('settings.backupsDir'), settings.data?.backupsDir, 'setting-backups-dir'],
  ];
  return (
    <section className="panel" aria-labelledby="settings-storage">
      <h2 id="settings-storage" className="panel-title">
        {t('settings.storageTitle')}
      </h2>
      <dl className="facts">
        {rows.map(([label, value, testId]) => (
          <div key={testId} className="fact">
            <dt>{label}</dt>
            <dd className="mono break-all" data-testid={testId}>
              {value ?? '…'}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
