import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatchRow, UndoView } from '../../../../electron/api/contract';
import { call, toApiError } from '../../api';
import { useDataVersion } from '../../app/DataVersion';
import { useNotices } from '../../app/NoticeContext';
import { hrefFor } from '../../app/routes';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { TableExportMenu } from '../../components/TableExportMenu';
import type { ExportableColumn } from '../../components/tableExportColumns';
import { formatDateTime } from '../../format';
import { useApiQuery } from '../../hooks/useApiQuery';
import { Pager } from '../../components/Pager';

const LIMIT = 50;
type Pending = { batch: ImportBatchRow; preview: UndoView };

/** `#/import/geschiedenis`: every import, newest first, each undoable once (after a preview). */
export function ImportHistoryPage() {
  const { t } = useTranslation();
  const { reloadAll } = useDataVersion();
  const { notifySuccess, reportError } = useNotices();
  const [offset, setOffset] = useState(0);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const query = useApiQuery('imports.batches', { offset, limit: LIMIT });

  async function ask(batch: ImportBatchRow) {
    setBusy(true);
    try {
      setPending({ batch, preview: await call('imports.previewUndo', { batchId: batch.id }) });
    } catch (e) {
      reportError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  async function undo(batch: ImportBatchRow) {
    setBusy(true);
    try {
      await call('imports.undo', { batchId: batch.id });
      setPending(null);
      reloadAll();
      notifySuccess(t('imports.history.done', { id: batch.id }));
    } catch (e) {
      reportError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  // The export splits the result column into its counts, so Excel can add them up.
  const exportColumns: ExportableColumn[] = [
    { id: 'when', label: t('imports.history.colWhen'), exportAs: { key: 'committedAt', type: 'instant' } },
    { id: 'file', label: t('imports.history.colFile'), exportAs: { key: 'fileName' } },
    { id: 'sheet', label: t('tableExport.columns.sheet'), exportAs: { key: 'sheet' } },
    { id: 'rows', label: t('imports.history.colRows'), exportAs: { key: 'rowCount', type: 'number' } },
    { id: 'created', label: t('tableExport.columns.created'), exportAs: { key: 'createdCount', type: 'number' } },
    { id: 'updated', label: t('tableExport.columns.updated'), exportAs: { key: 'updatedCount', type: 'number' } },
    { id: 'skipped', label: t('tableExport.columns.skipped'), exportAs: { key: 'skippedCount', type: 'number' } },
    { id: 'undone', label: t('tableExport.columns.undoneAt'), exportAs: { key: 'undoneAt', type: 'instant' } },
    { id: 'who', label: t('imports.history.colWho'), exportAs: { key: 'actor' } },
  ];
  const exportMenu = (query.data?.total ?? 0) > 0 && (
    <TableExportMenu
      source={{ method: 'imports.batches', input: {}, fileName: t('tableExport.fileNames.batches') }}
      columns={exportColumns}
    />
  );
  const back = (
    <a className="back-link" href={hrefFor('import')}>
      <span aria-hidden="true">←</span> {t('imports.history.back')}
    </a>
  );
  const rows = query.data?.rows ?? [];
  return (
    <div className="page" data-testid="import-history">
      <PageHeader title={t('imports.history.title')} before={back} actions={exportMenu || undefined} />
      <section className="panel">
        {query.data && rows.length === 0 && <p className="muted">{t('imports.history.empty')}</p>}
        {rows.length > 0 && (
          <table className="simple-table" data-testid="import-batches">
            <thead>
              <tr>
                <th scope="col">{t('imports.history.colWhen')}</th>
                <th scope="col">{t('imports.history.colFile')}</th>
                <th scope="col" className="align-end">
                  {t('imports.history.colRows')}
                </th>
                <th scope="col">{t('imports.history.colResult')}</th>
                <th scope="col">{t('imports.history.colWho')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('imports.history.colActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => (
                <tr key={b.id} data-testid="import-batch">
                  <td className="nowrap">{formatDateTime(b.committedAt)}</td>
                  <td>
                    {b.fileName} <span className="muted small">#{b.id}</span>
                  </td>
                  <td className="align-end">{b.rowCount}</td>
                  <td>
                    {t('imports.history.result', { created: b.createdCount, updated: b.updatedCount, skipped: b.skippedCount })}
                    {b.undoneAt && (
                      <div className="muted small" data-testid="import-batch-undone">
                        {t('imports.history.undone', { date: formatDateTime(b.undoneAt) })}
                      </div>
                    )}
                  </td>
                  <td>{b.actor}</td>
                  <td className="align-end">
                    {!b.undoneAt && (
                      <button
                        type="button"
                        className="button button-small"
                        disabled={busy}
                        aria-label={t('imports.history.undoLabel', { id: b.id, file: b.fileName })}
                        onClick={() => void ask(b)}
                        data-testid="import-undo"
                      >
                        {t('imports.history.undo')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {query.data && <Pager offset={offset} limit={LIMIT} total={query.data.total} onChange={setOffset} hideWhenSinglePage />}
      </section>
      <ConfirmDialog
        open={pending !== null}
        title={pending ? t('imports.history.confirmTitle', { id: pending.batch.id }) : ''}
        confirmLabel={t('imports.history.confirm')}
        busyLabel={t('imports.history.busy')}
        busy={busy}
        onConfirm={() => pending && void undo(pending.batch)}
        onCancel={() => setPending(null)}
      >
        {pending && <UndoPreview preview={pending.preview} />}
      </ConfirmDialog>
    </div>
  );
}

function UndoPreview({ preview }: { preview: UndoView }) {
  const { t } = useTranslation();
  const d = preview.deleted;
  return (
    <div className="import-undo-preview" data-testid="import-undo-preview">
      <p>
        {t('imports.history.willDelete', {
          organisations: d.organisation,
          contacts: d.contact,
          needs: d.need,
          experts: d.expert,
          participants: d.event_participant,
          meetings: d.event_meeting,
        })}
      </p>
      {preview.restored > 0 && <p>{t('imports.history.willRestore', { count: preview.restored })}</p>}
      {preview.kept.length > 0 && (
        <>
          <p>{t('imports.history.kept')}</p>
          <ul className="bullets">
            {preview.kept.map((k) => (
              <li key={`${k.entity}-${k.entityId}`}>{k.message}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
