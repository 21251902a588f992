import { useTranslation } from 'react-i18next';
import { openSearchPalette } from './openSearch';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The sidebar's way into the global search, showing its keyboard shortcut. */
export function SearchButton() {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="search-button"
      onClick={openSearchPalette}
      aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
    >
      <svg
        viewBox="0 0 24 24"
        width="16"
        height="16"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="11" cy="11" r="6.5" />
        <path d="M16 16l4.5 4.5" strokeLinecap="round" />
      </svg>
      <span className="search-button-label">{t('workspace.search.button')}</span>
      <kbd className="search-button-kbd">{isMac ? '⌘K' : t('workspace.search.shortcut')}</kbd>
    </button>
  );
}
