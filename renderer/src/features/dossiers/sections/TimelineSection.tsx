import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManualTimelineKind } from '../../../../../electron/api/contract';
import { manualTimelineKinds } from '../../../../../electron/api/contract/dossier/lifecycle';
import { call } from '../../../api';
import { formatDate, formatDateTime } from '../../../format';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { Field } from '../../../components/form/Field';
import { todayInBrussels } from '../shared/format';
import { useSave } from '../../../components/form/useSave';

function TimelineForm({ needId, onDone }: { needId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const action = useSave({ reportErrors: 'unlessAtFields' });
  const [kind, setKind] = useState<ManualTimelineKind>('notitie');
  const [at, setAt] = useState(todayInBrussels());
  const [summary, setSummary] = useState('');
  const [body, setBody] = useState('');
  const [confidential, setConfidential] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await action.run(
      () => call('timeline.add', { needId, kind, at, summary, body, confidential }),
      t('dossiers.timeline.added'),
    );
    if (saved) onDone();
  }

  return (
    <form className="dossier-subform" onSubmit={(e) => void submit(e)} noValidate data-testid="timeline-form">
      <div className="dossier-form-grid">
        <Field label={t('dossiers.timeline.kind')} error={action.errors.kind}>
          {(p) => (
            <select
              {...p}
              className="input"
              value={kind}
              onChange={(e) => setKind(e.target.value as ManualTimelineKind)}
              data-testid="timeline-kind"
            >
              {manualTimelineKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`dossiers.timeline.kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('dossiers.timeline.at')} error={action.errors.at}>
          {(p) => <input {...p} type="date" className="input" value={at} onChange={(e) => setAt(e.target.value)} />}
        </Field>
        <Field label={t('dossiers.timeline.summary')} error={action.errors.summary} wide>
          {(p) => (
            <input
              {...p}
              className="input"
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
              data-testid="timeline-summary"
            />
          )}
        </Field>
        <Field label={t('dossiers.timeline.body')} error={action.errors.body} wide>
          {(p) => (
            <textarea
              {...p}
              className="input dossier-textarea"
              rows={3}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              data-testid="timeline-body"
            />
          )}
        </Field>
        <label className="dossier-check is-wide">
          <input
            type="checkbox"
            checked={confidential}
            onChange={(e) => setConfidential(e.target.checked)}
            data-testid="timeline-confidential"
          />
          {t('dossiers.timeline.confidential')}
        </label>
      </div>
      <div className="dossier-inline-actions">
        <button type="button" className="button" onClick={onDone}>
          {t('dossiers.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={action.busy} data-testid="timeline-save">
          {t('dossiers.add')}
        </button>
      </div>
    </form>
  );
}

/** Everything that happened in the dossier, newest first: by hand and automatically. */
export function TimelineSection({ needId }: { needId: number }) {
  const { t } = useTranslation();
  const entries = useApiQuery('timeline.list', { needId });
  const [adding, setAdding] = useState(false);
  const list = entries.data ?? [];
  return (
    <section className="panel" aria-labelledby="timeline-title" data-testid="timeline-section">
      <div className="panel-header">
        <h2 id="timeline-title" className="panel-title">
          {t('dossiers.timeline.title')}
        </h2>
        {!adding && (
          <button type="button" className="button button-small" onClick={() => setAdding(true)} data-testid="timeline-add">
            {t('dossiers.timeline.add')}
          </button>
        )}
      </div>
      {adding && <TimelineForm needId={needId} onDone={() => setAdding(false)} />}
      {list.length === 0 ? (
        <p className="muted">{t('dossiers.timeline.none')}</p>
      ) : (
        <ol className="dossier-timeline">
          {list.map((entry) => (
            <li key={entry.id} className={`dossier-timeline-entry kind-${entry.kind}`} data-testid="timeline-entry">
              <div className="dossier-timeline-head">
                <span className="badge">{t(`dossiers.timeline.kinds.${entry.kind}`, { defaultValue: entry.kind })}</span>
                {entry.confidential && (
                  <span className="badge badge-warning" title={t('dossiers.timeline.confidential')}>
                    <svg className="dossier-lock" viewBox="0 0 16 16" aria-hidden="true">
                      <rect x="3" y="7" width="10" height="7" rx="1.5" />
                      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" fill="none" />
                    </svg>
                    {t('dossiers.timeline.confidentialBadge')}
                  </span>
                )}
                <strong className="dossier-timeline-summary">{entry.summary}</strong>
              </div>
              {entry.body && <p className="dossier-prose">{entry.body}</p>}
              <span className="muted small">
                {entry.dateOnly ? formatDate(entry.at) : formatDateTime(entry.at)} ·{' '}
                {t('dossiers.timeline.by', { actor: entry.actor })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
