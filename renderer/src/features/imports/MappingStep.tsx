import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importTargets, type ImportTarget } from '../../../../electron/api/contract';
import { call, toApiError } from '../../api';
import { useNotices } from '../../app/NoticeContext';
import { planChoices, type WizardChoices } from './choices';
import { EventTargetChoice } from './EventTargetChoice';

type Props = {
  choices: WizardChoices;
  onTarget: (column: number, target: ImportTarget) => void;
  onEvent: (eventId: number | null) => void;
};

/** Step 2: each column of the file with what it is imported as; a correction can be kept as a profile. */
export function MappingStep({ choices, onTarget, onEvent }: Props) {
  const { t } = useTranslation();
  const { upload } = choices;
  return (
    <section className="panel" aria-labelledby="import-mapping-title">
      <div className="panel-header">
        <div>
          <h2 id="import-mapping-title" className="panel-title">
            {t('imports.mapping.title')}
          </h2>
          <p className="muted">{t('imports.mapping.text')}</p>
        </div>
        <span className={upload.profile ? 'badge' : 'muted small'} data-testid="import-profile">
          {upload.profile ? t('imports.mapping.profile', { name: upload.profile.name }) : t('imports.mapping.noProfile')}
        </span>
      </div>
      <EventTargetChoice eventId={choices.eventId} onChange={onEvent} />
      <table className="simple-table import-mapping" data-testid="import-mapping">
        <thead>
          <tr>
            <th scope="col">{t('imports.mapping.colHeader')}</th>
            <th scope="col">{t('imports.mapping.colSamples')}</th>
            <th scope="col">{t('imports.mapping.colTarget')}</th>
          </tr>
        </thead>
        <tbody>
          {upload.columns.map((c) => {
            const target = choices.targets[c.index] ?? c.target;
            return (
              <tr key={c.index} data-testid="import-mapping-row">
                <th scope="row" className="import-mapping-header">
                  {c.header}
                </th>
                <td className="muted small import-samples">{c.samples.join(' · ')}</td>
                <td>
                  <select
                    className={`input select${target === 'ignore' ? ' import-ignored' : ''}`}
                    value={target}
                    aria-label={t('imports.mapping.targetFor', { header: c.header })}
                    onChange={(event) => onTarget(c.index, event.target.value as ImportTarget)}
                  >
                    {importTargets.map((option) => (
                      <option key={option} value={option}>
                        {t(`imports.targets.${option}`)}
                      </option>
                    ))}
                  </select>
                  {target !== 'ignore' && target === c.target && c.confidence < 0.8 && (
                    <span className="badge badge-warning import-unsure">{t('imports.mapping.unsure')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <SaveProfile choices={choices} />
    </section>
  );
}

function SaveProfile({ choices }: { choices: WizardChoices }) {
  const { t } = useTranslation();
  const { notifySuccess } = useNotices();
  const id = useId();
  const [name, setName] = useState(choices.upload.profile?.name ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    setError(null);
    if (!name.trim()) {
      setError(t('imports.mapping.noName'));
      return;
    }
    setBusy(true);
    try {
      const { sessionId, mapping } = planChoices(choices);
      const saved = await call('imports.saveProfile', { sessionId, mapping, name });
      notifySuccess(t('imports.mapping.saved', { name: saved.name }));
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="import-save-profile"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="field-label" htmlFor={id}>
        {t('imports.mapping.saveLabel')}
      </label>
      <input
        id={id}
        className="input"
        value={name}
        placeholder={t('imports.mapping.saveName')}
        onChange={(event) => setName(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        data-testid="import-profile-name"
      />
      <button type="submit" className="button" disabled={busy}>
        {t('imports.mapping.saveButton')}
      </button>
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
