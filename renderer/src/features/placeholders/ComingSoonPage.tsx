import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

export type ComingSoonPageId = 'dossiers' | 'organisaties' | 'doorverwijzingen' | 'events' | 'import' | 'rapporten';

/** An honest placeholder: what the page will do, no invented data. */
export function ComingSoonPage({ page }: { page: ComingSoonPageId }) {
  const { t } = useTranslation();
  const items: unknown = t(`comingSoon.${page}.items`, { returnObjects: true });
  const bullets = Array.isArray(items) ? items.filter((item: unknown): item is string => typeof item === 'string') : [];
  return (
    <div className="page">
      <PageHeader title={t(`comingSoon.${page}.title`)} subtitle={t(`comingSoon.${page}.subtitle`)} />
      <section className="panel coming-soon" data-testid="coming-soon">
        <span className="badge badge-neutral">{t('comingSoon.badge')}</span>
        <p>{t('comingSoon.intro')}</p>
        <ul className="bullets">
          {bullets.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
