import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectDetail, TrajectStatus, TrajectType } from '../../../../../electron/api/contract';
import { trajectStatusValues, trajectTypeValues } from '../../../../../electron/api/contract/dossier/lifecycle';
import { call } from '../../../api';
import { Spinner } from '../../../components/Spinner';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { Field } from '../../../components/form/Field';
import { centsToInput } from '../shared/format';
import { useSave } from '../../../components/form/useSave';

type Props = {
  /** Editing an existing traject, or creating one (optionally from a need). */
  traject?: TrajectDetail;
  needId?: number;
  defaultTitle?: string;
  onDone: (id: number | null) => void;
};

type TextKey =
  | 'title'
  | 'description'
  | 'fundingSource'
  | 'fundingAmountCents'
  | 'followUpFunding'
  | 'followUpFundingCents'
  | 'startDate'
  | 'endDate'
  | 'outcome';

/** Type, hogescholen, students, funding (euro), dates (end not before start) and outcome. */
export function TrajectForm({ traject, needId, defaultTitle = '', onDone }: Props) {
  const { t } = useTranslation();
  const action = useSave({ reportErrors: 'unlessAtFields' });
  const options = useApiQuery('dossiers.filterOptions', undefined);
  const [type, setType] = useState<TrajectType>(traject?.type ?? 'studentenproject');
  const [status, setStatus] = useState<TrajectStatus>(traject?.status ?? 'gepland');
  const [collegeIds, setCollegeIds] = useState<number[]>(traject?.colleges.map((c) => c.id) ?? []);
  const [students, setStudents] = useState(String(traject?.studentsInvolved ?? 0));
  const [texts, setTexts] = useState<Record<TextKey, string>>({
    title: traject?.title ?? defaultTitle,
    description: traject?.description ?? '',
    fundingSource: traject?.fundingSource ?? '',
    fundingAmountCents: centsToInput(traject?.fundingAmountCents ?? null),
    followUpFunding: traject?.followUpFunding ?? '',
    followUpFundingCents: centsToInput(traject?.followUpFundingCents ?? null),
    startDate: traject?.startDate ?? '',
    endDate: traject?.endDate ?? '',
    outcome: traject?.outcome ?? '',
  });
  const set = (key: TextKey) => (value: string) => setTexts((x) => ({ ...x, [key]: value }));
  const e = action.errors;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const values = { ...texts, type, status, collegeIds, studentsInvolved: Number(students) || 0 };
    const saved = traject
      ? await action.run(() => call('trajects.update', { id: traject.id, ...values }), t('dossiers.traject.saved'))
      : await action.run(() => call('trajects.create', { ...values, needId: needId ?? null }), t('dossiers.traject.created'));
    if (saved) onDone(saved.id);
  }

  const text = (key: TextKey, label: string, opts: { wide?: boolean; area?: boolean; type?: string; testId?: string } = {}) => (
    <Field label={label} error={e[key]} wide={opts.wide}>
      {(p) =>
        opts.area ? (
          <textarea
            {...p}
            className="input dossier-textarea"
            rows={2}
            value={texts[key]}
            onChange={(ev) => set(key)(ev.target.value)}
          />
        ) : (
          <input
            {...p}
            type={opts.type ?? 'text'}
            className="input"
            value={texts[key]}
            onChange={(ev) => set(key)(ev.target.value)}
            data-testid={opts.testId}
          />
        )
      }
    </Field>
  );

  return (
    <form className="dossier-subform" onSubmit={(ev) => void submit(ev)} noValidate data-testid="traject-form">
      <div className="dossier-form-grid">
        {text('title', t('dossiers.traject.fields.title'), { wide: true, testId: 'traject-title' })}
        <Field label={t('dossiers.traject.fields.type')} error={e.type}>
          {(p) => (
            <select
              {...p}
              className="input"
              value={type}
              onChange={(ev) => setType(ev.target.value as TrajectType)}
              data-testid="traject-type"
            >
              {trajectTypeValues.map((v) => (
                <option key={v} value={v}>
                  {t(`dossiers.traject.types.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('dossiers.traject.fields.status')} error={e.status}>
          {(p) => (
            <select {...p} className="input" value={status} onChange={(ev) => setStatus(ev.target.value as TrajectStatus)}>
              {trajectStatusValues.map((v) => (
                <option key={v} value={v}>
                  {t(`dossiers.traject.statuses.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('description', t('dossiers.traject.fields.description'), { wide: true, area: true })}
        <fieldset className={`dossier-field is-wide dossier-fieldset${e.collegeIds ? ' has-error' : ''}`}>
          <legend className="field-label">{t('dossiers.traject.fields.colleges')}</legend>
          <div className="dossier-check-grid is-compact">
            {(options.data?.colleges ?? []).map((c) => (
              <label key={c.id} className="dossier-check">
                <input
                  type="checkbox"
                  checked={collegeIds.includes(c.id)}
                  onChange={() => setCollegeIds((ids) => (ids.includes(c.id) ? ids.filter((x) => x !== c.id) : [...ids, c.id]))}
                />
                {c.name}
              </label>
            ))}
          </div>
          {e.collegeIds && <p className="dossier-field-error">{e.collegeIds}</p>}
        </fieldset>
        <Field label={t('dossiers.traject.fields.students')} error={e.studentsInvolved}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={0}
              className="input"
              value={students}
              onChange={(ev) => setStudents(ev.target.value)}
            />
          )}
        </Field>
        {text('fundingSource', t('dossiers.traject.fields.fundingSource'))}
        {text('fundingAmountCents', t('dossiers.traject.fields.fundingAmount'))}
        {text('followUpFunding', t('dossiers.traject.fields.followUpFunding'))}
        {text('followUpFundingCents', t('dossiers.traject.fields.followUpFundingAmount'))}
        {text('startDate', t('dossiers.traject.fields.startDate'), { type: 'date' })}
        {text('endDate', t('dossiers.traject.fields.endDate'), { type: 'date' })}
        {text('outcome', t('dossiers.traject.fields.outcome'), { wide: true, area: true })}
      </div>
      <div className="dossier-form-actions">
        <button type="button" className="button" onClick={() => onDone(null)} disabled={action.busy}>
          {t('dossiers.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={action.busy} data-testid="traject-save">
          {action.busy && <Spinner />}
          {t('dossiers.save')}
        </button>
      </div>
    </form>
  );
}
