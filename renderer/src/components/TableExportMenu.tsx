import type { VisibilityState } from '@tanstack/react-table';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { useNotices } from '../app/NoticeContext';
import type { ExportFormat, ExportProgress } from '../../../electron/api/contract/table-export';
import { saveFile } from '../lib/saveFile';
import { Popover } from './Popover';
import { Spinner } from './Spinner';
import { exportColumns, type ExportableColumn, type TableExportSource } from './tableExportColumns';

type Props = {
  source: TableExportSource;
  columns: ExportableColumn[];
  columnVisibility?: VisibilityState;
};

const POLL_MS = 300;

function newJobId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `job-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * "Exporteren": the table's current view (filters, sort, visible columns in their order, headers
 * as shown) to xlsx or CSV. The server pages through the list itself; while it runs the panel
 * shows how many rows are written; then the save dialog (desktop) or a download (browser).
 */
export function TableExportMenu({ source, columns, columnVisibility }: Props) {
  const { t } = useTranslation();
  const { reportError, notifySuccess } = useNotices();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [progress, setProgress] = useState<ExportProgress>(null);
  const poll = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearInterval(poll.current), []);

  async function run(format: ExportFormat) {
    const jobId = newJobId();
    setBusy(format);
    setProgress(null);
    poll.current = window.setInterval(() => {
      call('tableExport.progress', { jobId }).then(setProgress, () => undefined);
    }, POLL_MS);
    try {
      const file = await call('tableExport.export', {
        method: source.method,
        input: source.input,
        columns: exportColumns(columns, columnVisibility),
        format,
        fileName: source.fileName,
        jobId,
      });
      window.clearInterval(poll.current);
      setProgress(null);
      const saved = await saveFile(file);
      if (saved.saved) notifySuccess(t('tableExport.done', { count: file.rowCount, file: saved.label }));
      setOpen(false);
    } catch (e) {
      reportError(e);
    } finally {
      window.clearInterval(poll.current);
      setBusy(null);
      setProgress(null);
    }
  }

  return (
    <Popover
      label={t('tableExport.button')}
      panelLabel={t('tableExport.panelLabel')}
      open={open}
      onOpenChange={setOpen}
      testId="table-export"
    >
      <div className="export-panel">
        <p className="export-hint">{t('tableExport.hint')}</p>
        {(['xlsx', 'csv'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button-small export-choice"
            disabled={busy !== null}
            onClick={() => void run(format)}
            data-testid={`table-export-${format}`}
          >
            {busy === format && <Spinner />}
            {t(`tableExport.${format}`)}
          </button>
        ))}
        {busy && (
          <div className="export-progress" role="status">
            <progress
              max={progress?.total || 1}
              value={progress ? progress.done : undefined}
              aria-label={t('tableExport.progressLabel')}
            />
            <span className="small">
              {progress ? t('tableExport.progress', { done: progress.done, total: progress.total }) : t('tableExport.busy')}
            </span>
          </div>
        )}
      </div>
    </Popover>
  );
}
