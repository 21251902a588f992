import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeHistoryItem, OrganisationDetail } from '../../../../../electron/api/contract';
import { callRaw, toApiError } from '../../../api';
import { useDataVersion } from '../../../app/DataVersion';
import { useNotices } from '../../../app/NoticeContext';
import { hrefFor } from '../../../app/routes';
import { Alert } from '../../../components/Alert';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { PageHeader } from '../../../components/PageHeader';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { ContactsPanel } from './ContactsPanel';
import { MergeDialog } from './MergeDialog';
import { MergeHistory } from './MergeHistory';
import { OrganisationFacts } from './OrganisationFacts';

function BackLink() {
  const { t } = useTranslation();
  return (
    <a className="back-link" href={hrefFor('organisaties')}>
      <span aria-hidden="true">←</span> {t('organisations.detail.back')}
    </a>
  );
}

export function OrganisationDetailPage({ organisationId }: { organisationId: number }) {
  const { t } = useTranslation();
  const query = useApiQuery('organisations.get', { id: organisationId }, { reportErrors: false });
  if (!query.data) {
    return (
      <div className="page">
        <PageHeader title={t('organisations.title')} before={<BackLink />} />
        {query.error ? (
          <Alert kind="error">
            {query.error.code === 'NOT_FOUND' ? t('organisations.detail.notFound') : query.error.message}
          </Alert>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </div>
    );
  }
  return <Detail organisation={query.data} />;
}

type LastMerge = { mergeId: number; mergedName: string };

function Detail({ organisation: o }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const { reloadAll } = useDataVersion();
  const { notifySuccess, reportError, clearSuccess } = useNotices();
  const [dialog, setDialog] = useState<'merge' | 'deactivate' | null>(null);
  const [lastMerge, setLastMerge] = useState<LastMerge | null>(null);
  const [busy, setBusy] = useState(false);
  const live = o.mergedInto === null;

  async function run(action: () => Promise<unknown>, message: string): Promise<boolean> {
    setBusy(true);
    try {
      await action();
      reloadAll();
      notifySuccess(message);
      return true;
    } catch (error) {
      reportError(toApiError(error));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function setActive(active: boolean) {
    const done = await run(
      () => callRaw('organisations.setActive', { id: o.id, active }),
      t(active ? 'organisations.detail.reactivated' : 'organisations.detail.deactivated', { name: o.name }),
    );
    if (done) setDialog(null);
  }

  async function undo(merge: { mergeId: number; mergedName: string }) {
    const done = await run(
      () => callRaw('organisations.undoMerge', { mergeId: merge.mergeId }),
      t('organisations.merge.undone', { name: merge.mergedName }),
    );
    if (done) setLastMerge(null);
  }

  const actions = live ? (
    <>
      <a className="button" href={hrefFor('organisaties', o.id, 'bewerken')} data-testid="edit-organisation">
        {t('organisations.detail.edit')}
      </a>
      <button type="button" className="button" onClick={() => setDialog('merge')} data-testid="merge-organisation">
        {t('organisations.detail.merge')}
      </button>
      {o.active ? (
        <button type="button" className="button" onClick={() => setDialog('deactivate')} disabled={busy}>
          {t('organisations.detail.deactivate')}
        </button>
      ) : (
        <button type="button" className="button" onClick={() => void setActive(true)} disabled={busy}>
          {t('organisations.detail.reactivate')}
        </button>
      )}
    </>
  ) : undefined;

  const subtitle = [
    o.legalForm,
    [o.postcode, o.city].filter(Boolean).join(' '),
    o.active ? null : t('organisations.detail.inactive'),
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <div className="page" data-testid="organisation-detail">
      <PageHeader title={o.name} subtitle={subtitle} before={<BackLink />} actions={actions} />
      {o.mergedInto && (
        <Alert kind="info">
          {t('organisations.detail.mergedBanner', { name: o.mergedInto.name })}{' '}
          <a href={hrefFor('organisaties', o.mergedInto.id)}>
            {t('organisations.detail.openSurvivor', { name: o.mergedInto.name })}
          </a>
        </Alert>
      )}
      {lastMerge && (
        <div className="alert alert-success org-merge-done" role="status" data-testid="merge-done">
          <span>{t('organisations.merge.done', { merged: lastMerge.mergedName, survivor: o.name })}</span>
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => void undo(lastMerge)}
            data-testid="merge-undo"
          >
            {t('organisations.merge.undo')}
          </button>
        </div>
      )}
      <div className="detail-layout org-detail-layout">
        <OrganisationFacts organisation={o} />
        <div className="org-detail-side">
          <ContactsPanel organisationId={o.id} contacts={o.contacts} editable={live} />
          <section className="panel" aria-labelledby="organisation-needs">
            <h2 id="organisation-needs" className="panel-title">
              {t('organisations.detail.needs')}
            </h2>
            <p data-testid="need-counts">{t('organisations.detail.needsCount', { open: o.needs.open, total: o.needs.total })}</p>
            <a className="small" href={`${hrefFor('dossiers')}?organisatie=${o.id}`}>
              {t('organisations.detail.needsLink')}
            </a>
          </section>
          <MergeHistory
            merges={o.merges}
            busy={busy}
            onUndo={(m: MergeHistoryItem) => void undo({ mergeId: m.id, mergedName: m.mergedName })}
          />
        </div>
      </div>
      {dialog === 'merge' && (
        <MergeDialog
          survivor={{ id: o.id, name: o.name }}
          onClose={() => setDialog(null)}
          onMerged={(result, mergedName) => {
            setDialog(null);
            clearSuccess();
            reloadAll();
            setLastMerge({ mergeId: result.mergeId, mergedName });
          }}
        />
      )}
      <ConfirmDialog
        open={dialog === 'deactivate'}
        title={t('organisations.detail.deactivateTitle', { name: o.name })}
        confirmLabel={t('organisations.detail.deactivate')}
        busy={busy}
        onConfirm={() => void setActive(false)}
        onCancel={() => setDialog(null)}
      >
        <p>{t('organisations.detail.deactivateText')}</p>
      </ConfirmDialog>
    </div>
  );
}
