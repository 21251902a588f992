import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollaborationForm, IntakeRow } from '../../../../../electron/api/contract';
import { collaborationFormValues } from '../../../../../electron/api/contract/dossier/lifecycle';
import { call } from '../../../api';
import { Spinner } from '../../../components/Spinner';
import { Field } from '../../../components/form/Field';
import { todayInBrussels } from '../shared/format';
import { useSave } from '../../../components/form/useSave';

type TextKey = 'participants' | 'needSummary' | 'planning' | 'budget' | 'projectShape' | 'decision' | 'nextSteps';
const textFields: TextKey[] = ['participants', 'needSummary', 'planning', 'budget', 'projectShape', 'decision', 'nextSteps'];

type Props = { needId: number; planned?: IntakeRow; onDone: () => void };

/** The report of an intakegesprek: the need, planning, budget, forms of collaboration, decision. */
export function IntakeForm({ needId, planned, onDone }: Props) {
  const { t } = useTranslation();
  const action = useSave({ reportErrors: 'unlessAtFields' });
  const [date, setDate] = useState(planned?.date ?? todayInBrussels());
  const [forms, setForms] = useState<CollaborationForm[]>([]);
  const [texts, setTexts] = useState<Record<TextKey, string>>({
    participants: planned?.participants ?? '',
    needSummary: '',
    planning: '',
    budget: '',
    projectShape: '',
    decision: '',
    nextSteps: '',
  });
  const toggle = (form: CollaborationForm) => setForms((f) => (f.includes(form) ? f.filter((x) => x !== form) : [...f, form]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await action.run(
      () => call('intakes.record', { needId, intakeId: planned?.id, date, collaborationForms: forms, ...texts }),
      t('dossiers.intake.recordedSaved'),
    );
    if (saved) onDone();
  }

  return (
    <form className="dossier-subform" onSubmit={(e) => void submit(e)} noValidate data-testid="intake-form">
      <h3 className="dossier-subtitle">{t('dossiers.intake.formTitle')}</h3>
      <div className="dossier-form-grid">
        <Field label={t('dossiers.intake.date')} error={action.errors.date}>
          {(p) => (
            <input
              {...p}
              type="date"
              className="input"
              value={date}
              onChange={(e) => setDate(e.target.value)}
              data-testid="intake-date"
            />
          )}
        </Field>
        {textFields.map((key) => (
          <Field
            key={key}
            label={t(`dossiers.intake.${key}`)}
            error={action.errors[key]}
            wide={key !== 'budget' && key !== 'planning'}
          >
            {(p) => (
              <textarea
                {...p}
                className="input dossier-textarea"
                rows={key === 'participants' || key === 'budget' || key === 'planning' ? 1 : 2}
                value={texts[key]}
                onChange={(e) => setTexts((x) => ({ ...x, [key]: e.target.value }))}
                data-testid={`intake-${key}`}
              />
            )}
          </Field>
        ))}
        <fieldset className="dossier-field is-wide dossier-fieldset">
          <legend className="field-label">{t('dossiers.intake.collaborationForms')}</legend>
          <div className="dossier-check-grid">
            {collaborationFormValues.map((form) => (
              <label key={form} className="dossier-check">
                <input type="checkbox" checked={forms.includes(form)} onChange={() => toggle(form)} />
                {t(`dossiers.intake.forms.${form}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="dossier-form-actions">
        <button type="button" className="button" onClick={onDone} disabled={action.busy}>
          {t('dossiers.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={action.busy} data-testid="intake-save">
          {action.busy && <Spinner />}
          {t('dossiers.save')}
        </button>
      </div>
    </form>
  );
}
