import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDataVersion } from '../../app/DataVersion';
import { useNotices } from '../../app/NoticeContext';
import { saveFile } from '../../lib/saveFile';

type Props = { contactId: number; name: string; erased?: boolean };

/** Export (JSON / Excel) and erase for one contact; drop it wherever a contact is shown. */
export function ContactPrivacyActions({ contactId, name, erased = false }: Props) {
  const { t } = useTranslation();
  const { notifySuccess, reportError } = useNotices();
  const { reloadAll } = useDataVersion();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const exportAs = async (format: 'json' | 'xlsx') => {
    try {
      const file = await call('privacy.exportContact', { contactId, format });
      const saved = await saveFile(file);
      if (saved.saved) notifySuccess(t('privacy.exported', { name, file: saved.label }));
    } catch (error) {
      reportError(error);
    }
  };

  const erase = async () => {
    if (reason.trim() === '') {
      setReasonError(t('privacy.reasonRequired'));
      return;
    }
    setBusy(true);
    try {
      const result = await call('privacy.eraseContact', { contactId, reason });
      setConfirming(false);
      notifySuccess(
        t('privacy.erasedDone', {
          name,
          timeline: result.timelineEntriesScrubbed,
          audit: result.auditEntriesScrubbed,
          files: result.attachmentsRemoved,
        }),
      );
      reloadAll();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="privacy-actions">
      {(['json', 'xlsx'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button button-small"
          aria-label={t('privacy.exportLabel', { name, format: format === 'json' ? 'JSON' : 'Excel' })}
          onClick={() => void exportAs(format)}
        >
          {t(format === 'json' ? 'privacy.exportJson' : 'privacy.exportXlsx')}
        </button>
      ))}
      {!erased && (
        <button type="button" className="button button-small button-danger" onClick={() => setConfirming(true)}>
          {t('privacy.erase')}
        </button>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('privacy.eraseTitle', { name })}
        confirmLabel={t('privacy.eraseConfirm')}
        busyLabel={t('privacy.erasing')}
        busy={busy}
        onConfirm={() => void erase()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('privacy.eraseText')}</p>
        <label className="field-label" htmlFor={`erase-reason-${contactId}`}>
          {t('privacy.eraseReason')}
        </label>
        <textarea
          id={`erase-reason-${contactId}`}
          className="input privacy-reason"
          rows={3}
          value={reason}
          aria-invalid={reasonError !== null}
          aria-describedby={reasonError ? `erase-reason-error-${contactId}` : undefined}
          onChange={(event) => {
            setReason(event.target.value);
            setReasonError(null);
          }}
        />
        {reasonError && (
          <p id={`erase-reason-error-${contactId}`} className="field-error">
            {reasonError}
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
