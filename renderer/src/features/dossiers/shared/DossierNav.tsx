import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../../app/routes';

type Section = 'needs' | 'trajects' | 'tasks';

/** The three views of Dossiers, as links (each has its own address). */
export function DossierNav({ current }: { current: Section }) {
  const { t } = useTranslation();
  const items: { id: Section; href: string; label: string }[] = [
    { id: 'needs', href: hrefFor('dossiers'), label: t('dossiers.tabNeeds') },
    { id: 'trajects', href: hrefFor('dossiers', 'trajecten'), label: t('dossiers.tabTrajects') },
    { id: 'tasks', href: hrefFor('dossiers', 'taken'), label: t('dossiers.tabTasks') },
  ];
  return (
    <nav className="dossier-nav" aria-label={t('dossiers.sections')}>
      {items.map((item) => (
        <a key={item.id} href={item.href} className="dossier-nav-link" aria-current={item.id === current ? 'page' : undefined}>
          {item.label}
        </a>
      ))}
    </nav>
  );
}
