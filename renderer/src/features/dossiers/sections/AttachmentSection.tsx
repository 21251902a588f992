import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentRow } from '../../../../../electron/api/contract';
import { call, toApiError } from '../../../api';
import { useNotices } from '../../../app/NoticeContext';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { formatDate, formatSize } from '../../../format';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useSave } from '../../../components/form/useSave';

const MAX_BYTES = 25 * 1024 * 1024;

/** The file as base64 (the contract's transport); FileReader keeps big files off the main loop. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * In the desktop app: opened with the system viewer (a vetted read-only copy). In browser mode,
 * or where the host cannot open files: offered as a download. Nothing is ever run.
 */
async function openOrDownload(attachment: AttachmentRow): Promise<void> {
  const { opened } = await call('attachments.open', { id: attachment.id });
  if (!opened) await download(attachment);
}

/** Offers the stored bytes as a download. */
async function download(attachment: AttachmentRow): Promise<void> {
  const content = await call('attachments.read', { id: attachment.id });
  const bytes = Uint8Array.from(atob(content.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: content.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = content.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function AttachmentSection({ needId }: { needId: number }) {
  const { t, i18n } = useTranslation();
  const { reportError } = useNotices();
  const list = useApiQuery('attachments.list', { needId });
  const action = useSave({ reportErrors: 'all' });
  const input = useRef<HTMLInputElement>(null);
  const [removing, setRemoving] = useState<AttachmentRow | null>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_BYTES) {
      reportError(toApiError(new Error(t('dossiers.attachments.tooLarge'))));
      return;
    }
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file);
    } catch {
      reportError(toApiError(new Error(t('dossiers.attachments.unreadable'))));
      return;
    }
    await action.run(
      () => call('attachments.add', { needId, fileName: file.name, contentBase64 }),
      t('dossiers.attachments.added'),
    );
  }

  const rows = list.data ?? [];
  return (
    <section className="panel" aria-labelledby="attachments-title" data-testid="attachment-section">
      <div className="panel-header">
        <h2 id="attachments-title" className="panel-title">
          {t('dossiers.attachments.title')}
        </h2>
        <button type="button" className="button button-small" disabled={action.busy} onClick={() => input.current?.click()}>
          {t('dossiers.attachments.add')}
        </button>
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          aria-label={t('dossiers.attachments.choose')}
          onChange={(e) => void onFile(e)}
          data-testid="attachment-input"
          tabIndex={-1}
        />
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('dossiers.attachments.none')}</p>
      ) : (
        <ul className="dossier-list">
          {rows.map((a) => (
            <li key={a.id} className="dossier-attachment" data-testid="attachment-item">
              <div className="dossier-attachment-main">
                <span className="dossier-attachment-name break-all">{a.fileName}</span>
                <span className="muted small">
                  {t('dossiers.attachments.meta', { size: formatSize(a.sizeBytes, i18n.language), date: formatDate(a.addedAt) })}
                </span>
              </div>
              <div className="dossier-attachment-actions">
                <button type="button" className="button button-small" onClick={() => void openOrDownload(a).catch(reportError)}>
                  {t('dossiers.attachments.download')}
                </button>
                <button type="button" className="button button-small dossier-button-quiet" onClick={() => setRemoving(a)}>
                  {t('dossiers.attachments.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">{t('dossiers.attachments.hint')}</p>
      <ConfirmDialog
        open={removing !== null}
        title={t('dossiers.attachments.removeTitle')}
        confirmLabel={t('dossiers.attachments.remove')}
        busy={action.busy}
        onCancel={() => setRemoving(null)}
        onConfirm={() =>
          removing &&
          void action
            .run(() => call('attachments.remove', { id: removing.id }), t('dossiers.attachments.removed'))
            .then(() => setRemoving(null))
        }
      >
        <p>{t('dossiers.attachments.removeText', { name: removing?.fileName ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
