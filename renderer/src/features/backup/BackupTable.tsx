import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, RestoreResult } from '../../../../electron/api/contract';
import { call } from '../../api';
import { useNotices } from '../../app/NoticeContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDateTime, formatSize } from '../../format';

type Props = {
  backups: BackupInfo[];
  onRestored: (result: RestoreResult, backup: BackupInfo) => void;
};

/** The list of backups with a guarded "restore" per row (used in settings and on recovery). */
export function BackupTable({ backups, onRestored }: Props) {
  const { t, i18n } = useTranslation();
  const { reportError } = useNotices();
  const [pending, setPending] = useState<BackupInfo | null>(null);
  const [restoring, setRestoring] = useState(false);
  const sorted = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  async function restore(backup: BackupInfo) {
    setRestoring(true);
    try {
      const result = await call('backup.restore', { name: backup.name });
      setPending(null);
      onRestored(result, backup);
    } catch (error) {
      setPending(null);
      reportError(error);
    } finally {
      setRestoring(false);
    }
  }

  if (sorted.length === 0) return <p className="muted">{t('backup.empty')}</p>;

  return (
    <>
      <table className="simple-table" aria-label={t('backup.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('backup.date')}</th>
            <th scope="col">{t('backup.kind')}</th>
            <th scope="col" className="align-end">
              {t('backup.size')}
            </th>
            <th scope="col">{t('backup.name')}</th>
            <th scope="col" className="align-end">
              <span className="visually-hidden">{t('backup.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((backup) => (
            <tr key={backup.name} data-testid="backup-row">
              <td className="nowrap">{formatDateTime(backup.createdAt)}</td>
              <td>
                <span className={`badge badge-kind-${backup.kind}`}>{t(`backup.kinds.${backup.kind}`)}</span>
              </td>
              <td className="align-end nowrap">{formatSize(backup.sizeBytes, i18n.language)}</td>
              <td className="mono small muted break-all">{backup.name}</td>
              <td className="align-end">
                <button type="button" className="button button-small" onClick={() => setPending(backup)}>
                  {t('backup.restore')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={pending !== null}
        title={t('backup.confirmTitle')}
        confirmLabel={t('backup.confirmAction')}
        busyLabel={t('backup.restoring')}
        busy={restoring}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) void restore(pending);
        }}
      >
        {pending && (
          <p>
            {t('backup.confirmText', {
              date: formatDateTime(pending.createdAt),
              kind: t(`backup.kinds.${pending.kind}`),
            })}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
