import { useTranslation } from 'react-i18next';
import { provinceForPostcode } from '../../../../../electron/api/contract/rules/postcode';
import { SelectField, TextField } from '../../../components/form/TextField';
import type { FieldErrors } from '../../../components/form/useSave';
import { isOutsideFlanders, provinceName, provinceOptions } from '../lookups';
import type { OrganisationFormState } from './formState';

type Props = {
  form: OrganisationFormState;
  errors: FieldErrors;
  set: <K extends keyof OrganisationFormState>(key: K, value: OrganisationFormState[K]) => void;
};

/** Street, postcode and city; the province follows the postcode (shown next to it) unless overridden. */
export function AddressFields({ form, errors, set }: Props) {
  const { t } = useTranslation();
  const derived = provinceForPostcode(form.postcode);
  const effective = form.provinceOverride || derived;
  const province = effective ? (
    <span className="org-province" data-testid="derived-province">
      <strong>{provinceName(effective)}</strong>
      <span className="muted small">
        {form.provinceOverride ? t('organisations.fields.provinceOverride') : t('organisations.fields.provinceDerived')}
      </span>
      {isOutsideFlanders(effective) && <span className="badge badge-warning">{t('organisations.outsideFlanders')}</span>}
    </span>
  ) : null;
  return (
    <div className="org-form-grid">
      <TextField
        label={t('organisations.fields.street')}
        name="street"
        value={form.street}
        onChange={(v) => set('street', v)}
        error={errors.street}
        className="org-span-2"
      />
      <TextField
        label={t('organisations.fields.postcode')}
        name="postcode"
        value={form.postcode}
        onChange={(v) => set('postcode', v)}
        error={errors.postcode}
        inputClassName="org-input-short"
        after={province}
      />
      <TextField
        label={t('organisations.fields.city')}
        name="city"
        value={form.city}
        onChange={(v) => set('city', v)}
        error={errors.city}
      />
      <SelectField
        label={t('organisations.fields.province')}
        name="provinceCode"
        value={form.provinceOverride}
        onChange={(v) => set('provinceOverride', v)}
        error={errors.provinceCode}
        options={[
          {
            value: '',
            label: derived
              ? `${t('organisations.fields.provinceAuto')} (${provinceName(derived) ?? ''})`
              : t('organisations.fields.provinceAuto'),
          },
          ...provinceOptions,
        ]}
      />
    </div>
  );
}
