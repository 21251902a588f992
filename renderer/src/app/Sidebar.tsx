import { useTranslation } from 'react-i18next';
import { hrefFor, pageIds, type PageId } from './routes';
import { NavIcon } from './NavIcon';
import { SearchButton } from '../features/search/SearchButton';

type Props = { activePage: PageId | null; version: string };

export function Sidebar({ activePage, version }: Props) {
  const { t } = useTranslation();
  return (
    <aside className="sidebar">
      <div className="sidebar-brand">
        <span className="sidebar-logo" aria-hidden="true">
          B
        </span>
        <span>
          <span className="sidebar-name">{t('app.name')}</span>
          <span className="sidebar-tagline">{t('app.tagline')}</span>
        </span>
      </div>
      <SearchButton />
      <nav aria-label={t('app.mainNavigation')}>
        <ul className="nav-list">
          {pageIds.map((id) => (
            <li key={id} className={id === 'instellingen' ? 'nav-item nav-item-bottom' : 'nav-item'}>
              <a className="nav-link" href={hrefFor(id)} aria-current={id === activePage ? 'page' : undefined}>
                <NavIcon page={id} />
                <span>{t(`nav.${id}`)}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar-footer">{t('app.version', { version })}</div>
    </aside>
  );
}
