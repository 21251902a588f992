import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form/TextField';
import { useApiQuery } from '../../../hooks/useApiQuery';

/** The draft keeps what was typed; the contract turns it into a whole number 1–90 or null. */
export const responseDaysDraft = (days: number | null | undefined): string => (days == null ? '' : String(days));

/**
 * Working days a destination has to answer a referral (issue 5). Empty falls back: a group to its
 * college, everything to the app default set in Instellingen; the hint says which number that is.
 */
export function ResponseDaysField({
  value,
  onChange,
  error,
  group = false,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  group?: boolean;
}) {
  const { t } = useTranslation();
  const fallback = useApiQuery('referrals.defaultResponseDays', {}, { reportErrors: false });
  const count = fallback.data?.days ?? 10;
  return (
    <TextField
      label={t('networkEdit.form.responseDays')}
      name="responseDays"
      value={value}
      onChange={onChange}
      error={error}
      inputClassName="input-days"
      hint={group ? t('networkEdit.form.responseDaysGroupHint', { count }) : t('networkEdit.form.responseDaysHint', { count })}
    />
  );
}
