import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { BackupsSection } from './BackupsSection';
import { LanguageSection } from './LanguageSection';
import { StorageSection } from './StorageSection';
import { PrivacySection } from './PrivacySection';
import { ResponseDaysSettings } from '../referrals/ResponseDaysSettings';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <div className="settings-grid">
        <LanguageSection />
        <StorageSection />
      </div>
      <BackupsSection />
      <ResponseDaysSettings />
      <PrivacySection />
    </div>
  );
}
