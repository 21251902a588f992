import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/PageHeader';
import { hrefFor } from './routes';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common.notFoundTitle')} />
      <div className="panel">
        <p>{t('common.notFoundText')}</p>
        <a href={hrefFor('dashboard')}>{t('common.toDashboard')}</a>
      </div>
    </>
  );
}
