import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';

export function PrivacySection() {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="settings-privacy">
      <h2 id="settings-privacy" className="panel-title">
        {t('privacy.settingsPanelTitle')}
      </h2>
      <p className="panel-note">{t('privacy.settingsPanelText')}</p>
      <a className="button" href={hrefFor('instellingen', 'privacy')}>
        {t('privacy.settingsPanelLink')}
      </a>
    </section>
  );
}
