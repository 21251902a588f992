import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_MAX_BYTES, type UploadResult } from '../../../../electron/api/contract';
import { call, toApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { Spinner } from '../../components/Spinner';
import { formatSize } from '../../format';
import { useReportBusy } from './BusyNote';
import { ImportProgress } from './ImportProgress';
import { newTaskId, useTaskProgress } from '../../hooks/useTaskProgress';

/** The file's bytes as base64, without the `data:...;base64,` prefix. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

type Props = {
  upload: UploadResult | null;
  onUploaded: (upload: UploadResult) => void;
  onBusy?: (label: string | null) => void;
};

export function FileStep({ upload, onUploaded, onBusy }: Props) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const sheetId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<{ name: string; size: number } | null>(null);
  const [taskId, setTaskId] = useState<string | null>(null);
  const progress = useTaskProgress(taskId, busy);
  useReportBusy(onBusy, busy ? t('imports.file.reading') : null);

  async function choose(file: File | undefined) {
    setError(null);
    if (!file) return;
    setChosen({ name: file.name, size: file.size });
    if (file.size > IMPORT_MAX_BYTES) {
      setError(t('imports.file.tooLarge'));
      return;
    }
    setBusy(true);
    try {
      const contentBase64 = await readAsBase64(file);
      const task = newTaskId();
      setTaskId(task);
      onUploaded(await call('imports.upload', { fileName: file.name, contentBase64, taskId: task }));
    } catch (e) {
      setError(e instanceof DOMException ? t('imports.file.readFailed') : toApiError(e).message);
    } finally {
      setBusy(false);
    }
  }

  // Another sheet of the same workbook: the file stays in the main process, only the sheet changes.
  async function chooseSheet(sessionId: string, sheet: string) {
    setError(null);
    setBusy(true);
    try {
      onUploaded(await call('imports.chooseSheet', { sessionId, sheet }));
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  }

  const shown = chosen ?? (upload ? { name: upload.fileName, size: upload.size } : null);
  return (
    <section className="panel" aria-labelledby="import-file-title">
      <h2 id="import-file-title" className="panel-title">
        {t('imports.file.title')}
      </h2>
      <p className="muted">{t('imports.file.text')}</p>
      <div className="field">
        <label className="field-label" htmlFor={inputId}>
          {t('imports.file.label')}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".xlsx,.csv"
          disabled={busy}
          data-testid="import-file"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {shown && (
        <p data-testid="import-file-chosen">
          {busy && <Spinner label={t('imports.file.reading')} />}{' '}
          {t('imports.file.chosen', {
            name: shown.name,
            size: formatSize(shown.size, i18n.language),
          })}
          {busy && <span className="muted"> · {t('imports.file.reading')}</span>}
        </p>
      )}
      {busy && <ImportProgress progress={progress} fallback={t('imports.file.reading')} />}
      {upload && !busy && !error && (
        <p className="muted" data-testid="import-file-rows">
          {t('imports.file.rows', { count: upload.rowCount, headerRow: upload.headerRow, sheet: upload.sheet })}
        </p>
      )}
      {upload && upload.sheets.length > 1 && !busy && (
        <div className="field">
          <label className="field-label" htmlFor={sheetId}>
            {t('imports.file.sheet')}
          </label>
          <select
            id={sheetId}
            className="input import-sheet"
            value={upload.sheet}
            disabled={busy}
            data-testid="import-sheet"
            onChange={(event) => void chooseSheet(upload.sessionId, event.target.value)}
          >
            {upload.sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      {error && <Alert kind="error">{error}</Alert>}
    </section>
  );
}
