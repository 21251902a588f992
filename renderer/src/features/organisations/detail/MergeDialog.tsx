import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeResult, OrganisationRow } from '../../../../../electron/api/contract';
import { formatEnterpriseNumber } from '../../../../../electron/api/contract/rules/enterprise-number';
import { Alert } from '../../../components/Alert';
import { Spinner } from '../../../components/Spinner';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { useSave } from '../../../components/form/useSave';

type Props = {
  survivor: { id: number; name: string };
  onClose: () => void;
  onMerged: (result: MergeResult, mergedName: string) => void;
};

/** Pick the organisation that merges into this one, read what will happen, confirm. */
export function MergeDialog({ survivor, onClose, onMerged }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<OrganisationRow | null>(null);
  const search = useDebouncedValue(text.trim(), 250);
  const { save, busy, error } = useSave();
  const results = useApiQuery(
    'organisations.list',
    { ...(search ? { search } : {}), filters: {}, sort: { column: 'name', direction: 'asc' }, offset: 0, limit: 9 },
    { reportErrors: false },
  );
  const options = (results.data?.rows ?? []).filter((r) => r.id !== survivor.id).slice(0, 8);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('input')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      returnTo?.focus();
    };
  }, []);

  async function confirm() {
    if (!picked) return;
    const result = await save('organisations.merge', { survivorId: survivor.id, mergedId: picked.id });
    if (result) onMerged(result, picked.name);
  }

  const names = { survivor: survivor.name, merged: picked?.name ?? '' };
  return (
    <dialog
      ref={ref}
      className="dialog org-dialog org-merge-dialog"
      aria-labelledby={titleId}
      data-testid="merge-dialog"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void confirm();
        }}
      >
        <h2 id={titleId} className="dialog-title">
          {t('organisations.merge.title', { name: survivor.name })}
        </h2>
        <div className="org-dialog-body">
          {error && <Alert kind="error">{error.message}</Alert>}
          <label className="org-field">
            <span className="field-label">{t('organisations.merge.pick', { name: survivor.name })}</span>
            <input
              type="search"
              className="input org-merge-search"
              value={text}
              placeholder={t('organisations.merge.searchPlaceholder')}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !picked) e.preventDefault();
              }}
              data-testid="merge-search"
            />
          </label>
          <div
            className="org-merge-options"
            role="radiogroup"
            aria-label={t('organisations.merge.pick', { name: survivor.name })}
          >
            {options.length === 0 && results.data && <p className="muted small">{t('organisations.merge.noResults')}</p>}
            {options.map((o) => (
              <label key={o.id} className={picked?.id === o.id ? 'org-merge-option is-picked' : 'org-merge-option'}>
                <input
                  type="radio"
                  name="merged"
                  checked={picked?.id === o.id}
                  onChange={() => setPicked(o)}
                  data-testid="merge-option"
                />
                <span className="org-merge-option-text">
                  <strong>{o.name}</strong>
                  <span className="muted small">
                    {[
                      [o.postcode, o.city].filter(Boolean).join(' '),
                      o.enterpriseNumber && formatEnterpriseNumber(o.enterpriseNumber),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
              </label>
            ))}
          </div>
          {picked && (
            <div className="org-merge-explain" data-testid="merge-explain">
              <strong>{t('organisations.merge.explainTitle')}</strong>
              <ul>
                <li>{t('organisations.merge.explainMove', names)}</li>
                <li>{t('organisations.merge.explainFill', names)}</li>
                <li>{t('organisations.merge.explainHide', names)}</li>
                <li>{t('organisations.merge.explainUndo')}</li>
              </ul>
            </div>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || !picked} data-testid="merge-confirm">
            {busy && <Spinner />}
            {busy ? t('organisations.merge.busy') : t('organisations.merge.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
