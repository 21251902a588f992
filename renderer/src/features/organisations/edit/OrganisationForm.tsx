import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../../../../../electron/api/contract';
import { Alert } from '../../../components/Alert';
import { Spinner } from '../../../components/Spinner';
import { SelectField, TextField } from '../../../components/form/TextField';
import type { FieldErrors } from '../../../components/form/useSave';
import { useFederations, useLegalFormOptions, useSizeOptions } from '../lookups';
import { AddressFields } from './AddressFields';
import { DuplicateWarning } from './DuplicateWarning';
import type { OrganisationFormState } from './formState';
import { useDuplicates } from './useDuplicates';

type Props = {
  initial: OrganisationFormState;
  excludeId: number | null;
  busy: boolean;
  errors: FieldErrors;
  formError: string | null;
  /** Look-alikes the server named when it refused to save (a CONFLICT). */
  conflict: DuplicateCandidate[];
  onSubmit: (form: OrganisationFormState, confirmDuplicate: boolean) => void;
  onCancel: () => void;
  clearError: (field: string) => void;
};

/** The organisation form: Enter in a field submits, messages sit at their fields. */
export function OrganisationForm({
  initial,
  excludeId,
  busy,
  errors,
  formError,
  conflict,
  onSubmit,
  onCancel,
  clearError,
}: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const [confirmed, setConfirmed] = useState(false);
  const live = useDuplicates(form, excludeId);
  const candidates = live.length > 0 ? live : conflict;
  const federations = useFederations();
  const legalForms = useLegalFormOptions();
  const sizes = useSizeOptions();
  const choose = { value: '', label: t('organisations.fields.choose') };
  const formRef = useRef<HTMLFormElement>(null);

  // After a refused save, take the keyboard (and the scroll position) to the first problem.
  useEffect(() => {
    if (formError || conflict.length > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-testid="confirm-duplicate"], .alert')?.focus();
      formRef.current
        ?.querySelector<HTMLElement>('[aria-invalid="true"], [data-testid="duplicate-warning"], .alert')
        ?.scrollIntoView({ block: 'center' });
    }
  }, [formError, conflict.length]);

  function set<K extends keyof OrganisationFormState>(key: K, value: OrganisationFormState[K]) {
    setForm((f) => ({ ...f, [key]: value }));
    clearError(key === 'provinceOverride' ? 'provinceCode' : key);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!busy) onSubmit(form, confirmed);
  }

  return (
    <form ref={formRef} className="org-form" onSubmit={submit} noValidate data-testid="organisation-form">
      {formError && <Alert kind="error">{formError}</Alert>}
      <section className="panel">
        <h2 className="panel-title">{t('organisations.form.sectionIdentity')}</h2>
        <div className="org-form-grid">
          <TextField
            label={t('organisations.fields.name')}
            name="name"
            required
            value={form.name}
            onChange={(v) => set('name', v)}
            error={errors.name}
            className="org-span-2"
          />
          <SelectField
            label={t('organisations.fields.legalForm')}
            name="legalForm"
            value={form.legalForm}
            onChange={(v) => set('legalForm', v)}
            options={[choose, ...legalForms]}
            error={errors.legalForm}
          />
          <TextField
            label={t('organisations.fields.enterpriseNumber')}
            name="enterpriseNumber"
            value={form.enterpriseNumber}
            onChange={(v) => set('enterpriseNumber', v)}
            error={errors.enterpriseNumber}
            hint={t('organisations.fields.enterpriseNumberHint')}
          />
          <TextField
            label={t('organisations.fields.website')}
            name="website"
            value={form.website}
            onChange={(v) => set('website', v)}
            error={errors.website}
            className="org-span-2"
          />
        </div>
        <DuplicateWarning
          candidates={candidates}
          confirmed={confirmed}
          onConfirm={setConfirmed}
          mustConfirm={conflict.length > 0}
        />
      </section>
      <section className="panel">
        <h2 className="panel-title">{t('organisations.form.sectionAddress')}</h2>
        <AddressFields form={form} errors={errors} set={set} />
      </section>
      <section className="panel">
        <h2 className="panel-title">{t('organisations.form.sectionNetwork')}</h2>
        <fieldset className="org-fieldset" data-field="federationIds">
          <legend className="field-label">{t('organisations.fields.federations')}</legend>
          <div className="org-checks">
            {federations.map((f) => (
              <label key={f.id} className="org-check">
                <input
                  type="checkbox"
                  checked={form.federationIds.includes(f.id)}
                  onChange={(e) =>
                    set(
                      'federationIds',
                      e.target.checked ? [...form.federationIds, f.id] : form.federationIds.filter((id) => id !== f.id),
                    )
                  }
                />
                <span>{f.name}</span>
              </label>
            ))}
          </div>
          {errors.federationIds && <span className="org-field-error">{errors.federationIds}</span>}
        </fieldset>
        <div className="org-form-grid">
          <TextField
            label={t('organisations.fields.sector')}
            name="sector"
            value={form.sector}
            onChange={(v) => set('sector', v)}
            error={errors.sector}
          />
          <SelectField
            label={t('organisations.fields.size')}
            name="size"
            value={form.size}
            onChange={(v) => set('size', v)}
            options={[choose, ...sizes]}
            error={errors.size}
          />
          <TextField
            label={t('organisations.fields.notes')}
            name="notes"
            multiline
            value={form.notes}
            onChange={(v) => set('notes', v)}
            error={errors.notes}
            className="org-span-2"
          />
        </div>
      </section>
      <div className="org-form-actions">
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('organisations.form.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy} data-testid="organisation-save">
          {busy && <Spinner />}
          {busy ? t('organisations.form.saving') : t('organisations.form.save')}
        </button>
      </div>
    </form>
  );
}
