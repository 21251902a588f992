import { useTranslation } from 'react-i18next';

/** Next to a field that came from a public source as a guess: tick once it is checked. */
export function VerifyCheck({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <label className={checked ? 'verify-check is-checked' : 'verify-check'} data-testid="verify-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {checked ? t('networkEdit.form.verified') : t('networkEdit.form.toVerify')}
    </label>
  );
}
