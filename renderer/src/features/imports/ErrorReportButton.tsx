import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useNotices } from '../../app/NoticeContext';
import { Spinner } from '../../components/Spinner';
import { saveFile } from '../../lib/saveFile';

type Props = { sessionId: string; disabled?: boolean };

/** The rows that are not imported, as an xlsx to send back to whoever filled in the list. */
export function ErrorReportButton({ sessionId, disabled = false }: Props) {
  const { t } = useTranslation();
  const { reportError } = useNotices();
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const report = await call('imports.errorReport', { sessionId });
      await saveFile(report);
    } catch (e) {
      reportError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <button
      type="button"
      className="button"
      disabled={disabled || busy}
      onClick={() => void download()}
      data-testid="import-error-report"
    >
      {busy && <Spinner />}
      {t('imports.errorReport.button')}
    </button>
  );
}
