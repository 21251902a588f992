import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '../../../electron/api/contract';
import { call, isApiError } from '../api';
import { useNotices } from '../app/NoticeContext';
import { useApiQuery } from '../hooks/useApiQuery';
import { Popover } from './Popover';

type Props = {
  tableKey: string;
  /** What a saved view keeps: filters, sort and column visibility, as one JSON object. */
  currentState: Record<string, unknown>;
  onApply: (state: Record<string, unknown>) => void;
};

/** "Weergaven": apply, save (unique name per table; overwrite on request) and remove saved views. */
export function SavedViewsMenu({ tableKey, currentState, onApply }: Props) {
  const { t } = useTranslation();
  const { notifySuccess, reportError } = useNotices();
  const views = useApiQuery('views.list', { tableKey });
  const [name, setName] = useState('');
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);

  const save = async (overwrite: boolean) => {
    setBusy(true);
    try {
      const saved = await call('views.save', { tableKey, name, state: currentState, overwrite });
      notifySuccess(t('workspace.table.saved', { name: saved.name }));
      setName('');
      setConflict(null);
      views.reload();
    } catch (error) {
      if (isApiError(error) && error.code === 'CONFLICT') setConflict(error.details?.issues?.[0]?.message ?? error.message);
      else if (isApiError(error) && error.code === 'VALIDATION')
        setConflict(error.details?.issues?.[0]?.message ?? error.message);
      else reportError(error);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (view: SavedView) => {
    try {
      await call('views.remove', { id: view.id });
      notifySuccess(t('workspace.table.removed', { name: view.name }));
      views.reload();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Popover
      label={t('workspace.table.views')}
      panelLabel={t('workspace.table.viewsLabel')}
      open={open}
      onOpenChange={setOpen}
      testId="views-menu"
    >
      {
        <div className="views-panel">
          {views.data && views.data.length === 0 && <p className="muted small">{t('workspace.table.noViews')}</p>}
          {views.data && views.data.length > 0 && (
            <ul className="popover-list">
              {views.data.map((view) => (
                <li key={view.id} className="view-item">
                  <button
                    type="button"
                    className="view-apply"
                    aria-label={t('workspace.table.apply', { name: view.name })}
                    onClick={() => {
                      onApply(view.state);
                      setOpen(false);
                    }}
                  >
                    {view.name}
                  </button>
                  <button
                    type="button"
                    className="view-remove"
                    aria-label={t('workspace.table.remove', { name: view.name })}
                    onClick={() => void remove(view)}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form
            className="view-form"
            onSubmit={(event) => {
              event.preventDefault();
              void save(false);
            }}
          >
            <label className="field-label small" htmlFor={`view-name-${tableKey}`}>
              {t('workspace.table.saveCurrent')}
            </label>
            <div className="field-inline">
              <input
                id={`view-name-${tableKey}`}
                className="input"
                value={name}
                placeholder={t('workspace.table.viewName')}
                aria-invalid={conflict !== null}
                aria-describedby={conflict ? `view-error-${tableKey}` : undefined}
                onChange={(event) => {
                  setName(event.target.value);
                  setConflict(null);
                }}
              />
              <button type="submit" className="button button-small button-primary" disabled={busy || name.trim() === ''}>
                {t('workspace.table.save')}
              </button>
            </div>
            {conflict && (
              <p id={`view-error-${tableKey}`} className="field-error small" role="alert">
                {conflict}{' '}
                <button type="button" className="button button-small" onClick={() => void save(true)} disabled={busy}>
                  {t('workspace.table.overwrite')}
                </button>
              </p>
            )}
          </form>
        </div>
      }
    </Popover>
  );
}
