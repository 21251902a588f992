import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useDataVersion } from '../../app/DataVersion';
import { useNotices } from '../../app/NoticeContext';
import { LoadState } from '../../components/LoadState';
import { Spinner } from '../../components/Spinner';
import { formatDateTime } from '../../format';
import { useApiQuery } from '../../hooks/useApiQuery';
import { BackupTable } from '../backup/BackupTable';

export function BackupsSection() {
  const { t } = useTranslation();
  const { notifySuccess, reportError } = useNotices();
  const { reloadAll } = useDataVersion();
  const backups = useApiQuery('backup.list', undefined);
  const [creating, setCreating] = useState(false);

  async function createBackup() {
    setCreating(true);
    try {
      const created = await call('backup.create', {});
      backups.reload();
      notifySuccess(t('backup.created', { name: created.name }));
    } catch (error) {
      reportError(error);
    } finally {
      setCreating(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="settings-backups">
      <div className="panel-header">
        <div>
          <h2 id="settings-backups" className="panel-title">
            {t('backup.title')}
          </h2>
          <p className="muted small">{t('backup.hint')}</p>
        </div>
        <button
          type="button"
          className="button button-primary"
          onClick={() => void createBackup()}
          disabled={creating}
          aria-busy={creating}
          data-testid="backup-create"
        >
          {creating && <Spinner />}
          {t('backup.create')}
        </button>
      </div>
      {backups.data ? (
        <BackupTable
          backups={backups.data}
          onRestored={(result, backup) => {
            const messages = [t('backup.restored', { date: formatDateTime(backup.createdAt) })];
            if (result.safetyBackup) messages.push(t('backup.restoredSafety', { name: result.safetyBackup }));
            notifySuccess(messages.join(' '));
            // Everything on screen may have changed: reload every query (this list included).
            reloadAll();
          }}
        />
      ) : (
        <LoadState error={backups.error} onRetry={backups.reload} />
      )}
    </section>
  );
}
