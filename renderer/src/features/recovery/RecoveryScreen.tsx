import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NoticeArea } from '../../app/NoticeArea';
import { Alert } from '../../components/Alert';
import { LoadState } from '../../components/LoadState';
import { useApiQuery } from '../../hooks/useApiQuery';
import { BackupTable } from '../backup/BackupTable';

type Props = { problems: string[]; dataDir: string };

/** Shown instead of the app when the database cannot be opened: explain, reassure, offer backups. */
export function RecoveryScreen({ problems, dataDir }: Props) {
  const { t } = useTranslation();
  const backups = useApiQuery('backup.list', undefined);
  const [restored, setRestored] = useState(false);

  return (
    <main className="recovery" data-testid="recovery-screen">
      <div className="recovery-card">
        <div className="recovery-icon" aria-hidden="true">
          !
        </div>
        <h1 className="page-title">{t('recovery.title')}</h1>
        <p className="recovery-intro">{t('recovery.intro')}</p>
        <NoticeArea />
        {restored && <Alert kind="success">{t('recovery.restored')}</Alert>}
        {problems.length > 0 && (
          <section aria-labelledby="recovery-problems">
            <h2 id="recovery-problems" className="panel-title">
              {t('recovery.problems')}
            </h2>
            <ul className="problem-list" data-testid="recovery-problems">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </section>
        )}
        <p className="muted small mono break-all">{t('recovery.dataDir', { dir: dataDir })}</p>
        <section aria-labelledby="recovery-backups">
          <h2 id="recovery-backups" className="panel-title">
            {t('backup.title')}
          </h2>
          <p>{t('recovery.choose')}</p>
          {backups.data ? (
            <BackupTable
              backups={backups.data}
              onRestored={() => {
                setRestored(true);
                // A fresh start re-checks the database and opens the normal app.
                window.setTimeout(() => window.location.reload(), 800);
              }}
            />
          ) : (
            <LoadState error={backups.error} onRetry={backups.reload} />
          )}
        </section>
      </div>
    </main>
  );
}
