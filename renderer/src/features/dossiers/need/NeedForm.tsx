import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf, KnowledgeKind, NeedDetail, NeedSource, Urgency } from '../../../../../electron/api/contract';
import { knowledgeKindValues, needSourceValues, urgencyValues } from '../../../../../electron/api/contract/dossier/lifecycle';
import { Alert } from '../../../components/Alert';
import { Spinner } from '../../../components/Spinner';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { Field } from '../../../components/form/Field';
import type { FieldErrors } from '../../../components/form/useSave';
import { OrganisationPicker } from './OrganisationPicker';

export type NeedFormValues = Omit<InputOf<'needs.create'>, 'trajectId'>;

type Draft = {
  organisation: { id: number; name: string } | null;
  contactId: string;
  title: string;
  question: string;
  smart: string;
  themeIds: number[];
  knowledgeKind: KnowledgeKind | '';
  urgency: Urgency;
  budgetIndication: string;
  source: NeedSource;
  owner: string;
};

function draftFrom(need: NeedDetail | undefined): Draft {
  return {
    organisation: need?.organisationId ? { id: need.organisationId, name: need.organisationName ?? '' } : null,
    contactId: need?.contactId ? String(need.contactId) : '',
    title: need?.title ?? '',
    question: need?.question ?? '',
    smart: need?.smart ?? '',
    themeIds: need?.themes.map((th) => th.id) ?? [],
    knowledgeKind: need?.knowledgeKind ?? '',
    urgency: need?.urgency ?? 'normaal',
    budgetIndication: need?.budgetIndication ?? '',
    source: need?.source ?? 'andere',
    owner: need?.owner ?? '',
  };
}

type Props = {
  need?: NeedDetail;
  busy: boolean;
  errors: FieldErrors;
  onSubmit: (values: NeedFormValues) => void;
  onCancel: () => void;
};

/** The need's fields; the server validates (the same zod schema) and its messages land here. */
export function NeedForm({ need, busy, errors, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  const [draft, setDraft] = useState<Draft>(() => draftFrom(need));
  const options = useApiQuery('dossiers.filterOptions', undefined);
  const contacts = useApiQuery(
    'dossiers.contactOptions',
    { organisationId: draft.organisation?.id ?? 0 },
    { reportErrors: false },
  );
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const toggleTheme = (id: number) =>
    set('themeIds', draft.themeIds.includes(id) ? draft.themeIds.filter((x) => x !== id) : [...draft.themeIds, id]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({
      organisationId: draft.organisation?.id ?? null,
      contactId: draft.contactId === '' ? null : Number(draft.contactId),
      title: draft.title,
      question: draft.question,
      smart: draft.smart,
      themeIds: draft.themeIds,
      knowledgeKind: draft.knowledgeKind === '' ? null : draft.knowledgeKind,
      urgency: draft.urgency,
      budgetIndication: draft.budgetIndication,
      source: draft.source,
      owner: draft.owner,
    });
  }

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form className="panel dossier-form" onSubmit={submit} noValidate data-testid="need-form">
      <p className="muted small">{t('dossiers.form.intro')}</p>
      {hasErrors && <Alert kind="error">{t('dossiers.fixFields')}</Alert>}
      <div className="dossier-form-grid">
        <Field label={t('dossiers.form.organisation')} error={errors.organisationId} wide>
          {(p) => (
            <OrganisationPicker
              id={p.id}
              value={draft.organisation}
              invalid={p['aria-invalid'] === true}
              describedBy={p['aria-describedby']}
              onChange={(org) => setDraft((d) => ({ ...d, organisation: org, contactId: '' }))}
            />
          )}
        </Field>
        <Field label={t('dossiers.form.contact')} error={errors.contactId}>
          {(p) => (
            <select
              {...p}
              className="input"
              value={draft.contactId}
              onChange={(e) => set('contactId', e.target.value)}
              disabled={!draft.organisation}
            >
              <option value="">{t('dossiers.form.noContact')}</option>
              {(draft.organisation ? (contacts.data ?? []) : []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.role ? `${c.name} (${c.role})` : c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('dossiers.form.owner')} error={errors.owner}>
          {(p) => (
            <input
              {...p}
              className="input"
              value={draft.owner}
              placeholder={t('dossiers.form.ownerPlaceholder')}
              onChange={(e) => set('owner', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('dossiers.form.title')} error={errors.title} hint={t('dossiers.form.titleHint')} wide>
          {(p) => (
            <input
              {...p}
              className="input"
              value={draft.title}
              onChange={(e) => set('title', e.target.value)}
              data-testid="need-title"
            />
          )}
        </Field>
        <Field label={t('dossiers.form.question')} error={errors.question} wide>
          {(p) => (
            <textarea
              {...p}
              className="input dossier-textarea"
              rows={3}
              value={draft.question}
              onChange={(e) => set('question', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('dossiers.form.smart')} error={errors.smart} hint={t('dossiers.form.smartHint')} wide>
          {(p) => (
            <textarea
              {...p}
              className="input dossier-textarea"
              rows={3}
              value={draft.smart}
              onChange={(e) => set('smart', e.target.value)}
            />
          )}
        </Field>
        <fieldset className={`dossier-field is-wide dossier-fieldset${errors.themeIds ? ' has-error' : ''}`}>
          <legend className="field-label">{t('dossiers.form.themes')}</legend>
          <div className="dossier-check-grid">
            {(options.data?.themes ?? []).map((th) => (
              <label key={th.id} className="dossier-check">
                <input type="checkbox" checked={draft.themeIds.includes(th.id)} onChange={() => toggleTheme(th.id)} />
                {english ? th.nameEn : th.nameNl}
              </label>
            ))}
          </div>
          {errors.themeIds && (
            <p className="dossier-field-error" role="alert">
              {errors.themeIds}
            </p>
          )}
        </fieldset>
        <Field label={t('dossiers.form.knowledgeKind')} error={errors.knowledgeKind}>
          {(p) => (
            <select
              {...p}
              className="input"
              value={draft.knowledgeKind}
              onChange={(e) => set('knowledgeKind', e.target.value as Draft['knowledgeKind'])}
            >
              <option value="">{t('dossiers.form.unknown')}</option>
              {knowledgeKindValues.map((k) => (
                <option key={k} value={k}>
                  {t(`dossiers.knowledgeKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('dossiers.form.urgency')} error={errors.urgency}>
          {(p) => (
            <select {...p} className="input" value={draft.urgency} onChange={(e) => set('urgency', e.target.value as Urgency)}>
              {urgencyValues.map((u) => (
                <option key={u} value={u}>
                  {t(`dossiers.urgency.${u}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('dossiers.form.budget')} error={errors.budgetIndication}>
          {(p) => (
            <input
              {...p}
              className="input"
              value={draft.budgetIndication}
              placeholder={t('dossiers.form.budgetPlaceholder')}
              onChange={(e) => set('budgetIndication', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('dossiers.form.source')} error={errors.source}>
          {(p) => (
            <select {...p} className="input" value={draft.source} onChange={(e) => set('source', e.target.value as NeedSource)}>
              {needSourceValues.map((s) => (
                <option key={s} value={s}>
                  {t(`dossiers.source.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="dossier-form-actions">
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('dossiers.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy} data-testid="need-save">
          {busy && <Spinner />}
          {busy ? t('dossiers.saving') : t('dossiers.save')}
        </button>
      </div>
    </form>
  );
}
