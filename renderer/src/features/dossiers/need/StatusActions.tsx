import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedDetail, NeedStatus } from '../../../../../electron/api/contract';
import { transitionNeedsReason } from '../../../../../electron/api/contract/dossier/lifecycle';
import { call } from '../../../api';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useSave } from '../../../components/form/useSave';

/** One button per move the lifecycle allows; stopping and reopening ask for a reason first. */
export function StatusActions({ need }: { need: NeedDetail }) {
  const { t } = useTranslation();
  const action = useSave({ reportErrors: 'unlessAtFields' });
  const [asking, setAsking] = useState<NeedStatus | null>(null);
  const [reason, setReason] = useState('');

  async function move(to: NeedStatus, why = '') {
    const done = await action.run(
      () => call('needs.changeStatus', { id: need.id, to, reason: why }),
      t('dossiers.detail.statusChanged', { status: t(`dossiers.status.${to}`) }),
    );
    if (done) {
      setAsking(null);
      setReason('');
    }
  }

  if (need.allowedNext.length === 0) return <p className="muted small">{t('dossiers.detail.noMoves')}</p>;
  const stopping = asking === 'gestopt';
  return (
    <div className="dossier-status-actions" role="group" aria-label={t('dossiers.detail.nextStatus')}>
      {need.allowedNext.map((to) => (
        <button
          key={to}
          type="button"
          className={to === 'gestopt' ? 'button button-small dossier-button-quiet' : 'button button-small'}
          disabled={action.busy}
          data-testid={`move-${to}`}
          onClick={() => (transitionNeedsReason(need.status, to) ? setAsking(to) : void move(to))}
        >
          {t('dossiers.detail.moveTo', { status: t(`dossiers.status.${to}`) })}
        </button>
      ))}
      <ConfirmDialog
        open={asking !== null}
        title={stopping ? t('dossiers.detail.reasonTitleStop') : t('dossiers.detail.reasonTitleReopen')}
        confirmLabel={stopping ? t('dossiers.detail.confirmStop') : t('dossiers.detail.confirmReopen')}
        busy={action.busy}
        onCancel={() => {
          setAsking(null);
          action.setErrors({});
        }}
        onConfirm={() => asking && void move(asking, reason)}
      >
        <div className="dossier-field is-wide">
          <label className="field-label" htmlFor="status-reason">
            {t('dossiers.detail.reasonLabel')}
          </label>
          <textarea
            id="status-reason"
            className="input dossier-textarea"
            rows={3}
            value={reason}
            aria-invalid={Boolean(action.errors.reason)}
            onChange={(e) => setReason(e.target.value)}
            data-testid="status-reason"
          />
          <p className="dossier-field-hint">
            {stopping ? t('dossiers.detail.reasonHintStop') : t('dossiers.detail.reasonHintReopen')}
          </p>
          {action.errors.reason && (
            <p className="dossier-field-error" role="alert">
              {action.errors.reason}
            </p>
          )}
        </div>
      </ConfirmDialog>
    </div>
  );
}
