import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { ContactSearchSection } from './ContactSearchSection';
import { ErasuresSection } from './ErasuresSection';
import { RetentionSection } from './RetentionSection';

/** `#/instellingen/privacy`: the GDPR tools in one place. */
export function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeader
        title={t('privacy.title')}
        subtitle={t('privacy.subtitle')}
        before={
          <a className="back-link" href={hrefFor('instellingen')}>
            ← {t('privacy.back')}
          </a>
        }
      />
      <ContactSearchSection />
      <RetentionSection />
      <ErasuresSection />
    </div>
  );
}
