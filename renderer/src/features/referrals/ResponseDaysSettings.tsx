import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/form/Field';
import { useSave } from '../../components/form/useSave';
import { useApiQuery } from '../../hooks/useApiQuery';

/** Instellingen: the app-wide response time for referrals (settings key referralResponseDays). */
export function ResponseDaysSettings() {
  const { t } = useTranslation();
  const query = useApiQuery('referrals.defaultResponseDays', {});
  const save = useSave();
  // What the coordinator typed; null = show what is stored.
  const [draft, setDraft] = useState<string | null>(null);
  const current = query.data;
  const value = draft ?? (current?.configured ? String(current.days) : '');

  const submit = () =>
    void save
      .save('referrals.setDefaultResponseDays', { days: value }, t('referrals.settings.saved'))
      .then((saved) => saved && setDraft(null));

  return (
    <section className="panel" aria-labelledby="settings-referrals" data-testid="settings-referrals">
      <h2 id="settings-referrals" className="panel-title">
        {t('referrals.settings.title')}
      </h2>
      <form
        className="referral-settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Field
          label={t('referrals.settings.responseDays')}
          error={save.errors.days}
          hint={t('referrals.settings.hint', { standard: current?.standard ?? 10 })}
        >
          {(p) => (
            <input
              {...p}
              className="input input-days"
              inputMode="numeric"
              value={value}
              placeholder={String(current?.standard ?? 10)}
              onChange={(e) => {
                setDraft(e.target.value);
                save.clearError('days');
              }}
              data-testid="settings-response-days"
            />
          )}
        </Field>
        <div className="referral-settings-actions">
          <button type="submit" className="button" disabled={save.busy} data-testid="settings-response-days-save">
            {t('referrals.settings.save')}
          </button>
          {current && (
            <span className="muted small" data-testid="settings-response-days-current">
              {current.configured
                ? t('referrals.settings.current', { count: current.days })
                : t('referrals.settings.currentStandard', { count: current.days })}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
