import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeRow, NeedDetail } from '../../../../../electron/api/contract';
import { call } from '../../../api';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { Field } from '../../../components/form/Field';
import { formatCalendarDate, todayInBrussels } from '../shared/format';
import { useSave } from '../../../components/form/useSave';
import { IntakeForm } from './IntakeForm';

function IntakeSummary({ intake }: { intake: IntakeRow }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('dossiers.intake.participants'), intake.participants],
    [t('dossiers.intake.needSummary'), intake.needSummary],
    [t('dossiers.intake.planning'), intake.planning],
    [t('dossiers.intake.budget'), intake.budget],
    [t('dossiers.intake.collaborationForms'), intake.collaborationForms.map((f) => t(`dossiers.intake.forms.${f}`)).join(', ')],
    [t('dossiers.intake.projectShape'), intake.projectShape],
    [t('dossiers.intake.decision'), intake.decision],
    [t('dossiers.intake.nextSteps'), intake.nextSteps],
  ];
  return (
    <li className="dossier-intake" data-testid="intake-item">
      <strong>
        {intake.held
          ? t('dossiers.intake.held', { date: formatCalendarDate(intake.date) })
          : t('dossiers.intake.planned', { date: formatCalendarDate(intake.date) })}
      </strong>
      <dl className="dossier-mini-facts">
        {rows
          .filter(([, value]) => value !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className="dossier-prose">{value}</dd>
            </div>
          ))}
      </dl>
    </li>
  );
}

/** Plan an intake (date, who), then record what was said and decided. */
export function IntakeSection({ need }: { need: NeedDetail }) {
  const { t } = useTranslation();
  const intakes = useApiQuery('intakes.list', { needId: need.id });
  const [mode, setMode] = useState<'idle' | 'plan' | 'record'>('idle');
  const planAction = useSave({ reportErrors: 'unlessAtFields' });
  const [date, setDate] = useState(todayInBrussels());
  const [participants, setParticipants] = useState('');
  const list = intakes.data ?? [];
  const planned = list.find((i) => !i.held);
  const closed = need.status === 'afgerond' || need.status === 'gestopt';

  async function plan(event: FormEvent) {
    event.preventDefault();
    const saved = await planAction.run(
      () => call('intakes.plan', { needId: need.id, date, participants }),
      t('dossiers.intake.plannedSaved'),
    );
    if (saved) setMode('idle');
  }

  return (
    <section className="panel" aria-labelledby="intake-title" data-testid="intake-section">
      <div className="panel-header">
        <h2 id="intake-title" className="panel-title">
          {t('dossiers.intake.title')}
        </h2>
        {mode === 'idle' && !closed && (
          <div className="page-actions">
            {!planned && (
              <button type="button" className="button button-small" onClick={() => setMode('plan')} data-testid="intake-plan">
                {t('dossiers.intake.plan')}
              </button>
            )}
            <button type="button" className="button button-small" onClick={() => setMode('record')} data-testid="intake-record">
              {planned ? t('dossiers.intake.recordPlanned') : t('dossiers.intake.record')}
            </button>
          </div>
        )}
      </div>
      {mode === 'plan' && (
        <form
          className="dossier-subform dossier-inline-form"
          onSubmit={(e) => void plan(e)}
          noValidate
          data-testid="intake-plan-form"
        >
          <Field label={t('dossiers.intake.date')} error={planAction.errors.date}>
            {(p) => (
              <input
                {...p}
                type="date"
                className="input"
                value={date}
                onChange={(e) => setDate(e.target.value)}
                data-testid="intake-plan-date"
              />
            )}
          </Field>
          <Field label={t('dossiers.intake.participants')} error={planAction.errors.participants}>
            {(p) => <input {...p} className="input" value={participants} onChange={(e) => setParticipants(e.target.value)} />}
          </Field>
          <div className="dossier-inline-actions">
            <button type="button" className="button" onClick={() => setMode('idle')}>
              {t('dossiers.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={planAction.busy} data-testid="intake-plan-save">
              {t('dossiers.intake.plan')}
            </button>
          </div>
        </form>
      )}
      {mode === 'record' && <IntakeForm needId={need.id} planned={planned} onDone={() => setMode('idle')} />}
      {list.length === 0 && mode === 'idle' ? (
        <p className="muted">{t('dossiers.intake.none')}</p>
      ) : (
        <ul className="dossier-list">
          {list.map((intake) => (
            <IntakeSummary key={intake.id} intake={intake} />
          ))}
        </ul>
      )}
    </section>
  );
}
