import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedDetail } from '../../../../../electron/api/contract';
import { call } from '../../../api';
import { hrefFor } from '../../../app/routes';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { useSave } from '../../../components/form/useSave';
import { TrajectForm } from '../trajects/TrajectForm';

function LinkExisting({ needId, onDone }: { needId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const action = useSave({ reportErrors: 'unlessAtFields' });
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 200);
  const trajects = useApiQuery('trajects.list', { search: search || undefined, limit: 8 });
  async function link(trajectId: number) {
    const done = await action.run(() => call('trajects.addNeed', { trajectId, needId }), t('dossiers.traject.linked'));
    if (done) onDone();
  }
  return (
    <div className="dossier-subform">
      <label className="field-label" htmlFor="traject-link-search">
        {t('dossiers.traject.linkSearch')}
      </label>
      <input id="traject-link-search" type="search" className="input" value={text} onChange={(e) => setText(e.target.value)} />
      <ul className="dossier-picker-list">
        {(trajects.data?.rows ?? []).map((tr) => (
          <li key={tr.id}>
            <button type="button" className="dossier-picker-option" disabled={action.busy} onClick={() => void link(tr.id)}>
              <span>{tr.title}</span>
              <span className="muted small">
                {t(`dossiers.traject.types.${tr.type}`)} · {t('dossiers.traject.organisations', { count: tr.organisationCount })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="dossier-inline-actions">
        <button type="button" className="button" onClick={onDone}>
          {t('dossiers.cancel')}
        </button>
      </div>
    </div>
  );
}

/** The traject this need is part of, or a way to start or join one (which moves it to "in traject"). */
export function TrajectSection({ need }: { need: NeedDetail }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'idle' | 'create' | 'link'>('idle');
  const action = useSave({ reportErrors: 'unlessAtFields' });
  const closed = need.status === 'afgerond' || need.status === 'gestopt';

  return (
    <section className="panel" aria-labelledby="traject-title-heading" data-testid="traject-section">
      <div className="panel-header">
        <h2 id="traject-title-heading" className="panel-title">
          {t('dossiers.traject.title')}
        </h2>
        {!need.trajectId && mode === 'idle' && !closed && (
          <div className="page-actions">
            <button type="button" className="button button-small" onClick={() => setMode('link')}>
              {t('dossiers.traject.link')}
            </button>
            <button type="button" className="button button-small" onClick={() => setMode('create')} data-testid="traject-create">
              {t('dossiers.traject.create')}
            </button>
          </div>
        )}
      </div>
      {need.trajectId ? (
        <div className="dossier-traject-line">
          <a href={hrefFor('dossiers', 'trajecten', need.trajectId)} data-testid="traject-link">
            {need.trajectTitle}
          </a>
          {need.organisationId !== null && (
            <button
              type="button"
              className="button button-small dossier-button-quiet"
              disabled={action.busy}
              onClick={() =>
                void action.run(
                  () => call('trajects.removeNeed', { trajectId: need.trajectId ?? 0, needId: need.id }),
                  t('dossiers.traject.unlinked'),
                )
              }
            >
              {t('dossiers.traject.unlink')}
            </button>
          )}
        </div>
      ) : mode === 'idle' ? (
        <p className="muted">{t('dossiers.traject.none')}</p>
      ) : null}
      {mode === 'create' && <TrajectForm needId={need.id} defaultTitle={need.title} onDone={() => setMode('idle')} />}
      {mode === 'link' && <LinkExisting needId={need.id} onDone={() => setMode('idle')} />}
    </section>
  );
}
