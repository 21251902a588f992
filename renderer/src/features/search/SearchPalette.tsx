import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../electron/api/contract';
import { navigate } from '../../app/routes';
import { isSearchShortcut, onOpenSearchPalette } from './openSearch';
import { optionId, SearchResults } from './SearchResults';
import { useSearch } from './useSearch';

const LISTBOX_ID = 'search-results';

/**
 * Ctrl/Cmd+K: a modal search over organisations, contacts, needs and experts. The native
 * <dialog> traps focus and closes on Escape; focus goes back to where it was when it opened.
 */
export function SearchPalette() {
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const show = () => {
      if (!dialogRef.current?.open)
        returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setOpen(true);
    };
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey, true);
    const stop = onOpenSearchPalette(show);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      stop();
    };
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const close = (restoreFocus: boolean) => {
    setOpen(false);
    const target = returnFocus.current;
    returnFocus.current = null;
    if (restoreFocus && target?.isConnected) window.setTimeout(() => target.focus(), 0);
  };

  return (
    <dialog
      ref={dialogRef}
      className="search-dialog"
      aria-modal="true"
      aria-labelledby="search-dialog-title"
      data-testid="search-dialog"
      onCancel={(event) => {
        event.preventDefault();
        close(true);
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (event.target === dialogRef.current) close(true);
      }}
    >
      {open && <SearchPanel onClose={close} />}
    </dialog>
  );
}

function SearchPanel({ onClose }: { onClose: (restoreFocus: boolean) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const { result, error, busy } = useSearch(text);
  const hits = useMemo<SearchHit[]>(() => result?.groups.flatMap((g) => g.hits) ?? [], [result]);
  const activeIndex = Math.max(
    0,
    hits.findIndex((h) => optionId(h) === activeKey),
  );
  const active = text.trim() === '' ? undefined : hits[activeIndex];

  useEffect(() => {
    if (active) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const openHit = (hit: SearchHit) => {
    onClose(false);
    navigate(hit.href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (hits.length === 0) return;
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      const next = hits[(activeIndex + step + hits.length) % hits.length];
      if (next) setActiveKey(optionId(next));
    } else if (event.key === 'Enter' && active) {
      event.preventDefault();
      openHit(active);
    }
  };

  const status = (() => {
    const trimmed = text.trim();
    if (trimmed.length < 2) return t('workspace.search.hint');
    if (error) return error.message;
    if (!result) return t('workspace.search.searching');
    if (hits.length === 0) return busy ? t('workspace.search.searching') : t('workspace.search.empty', { text: trimmed });
    return result.capped ? t('workspace.search.capped') : t('workspace.search.count', { count: result.total });
  })();

  return (
    <div className="search-panel">
      <h2 id="search-dialog-title" className="visually-hidden">
        {t('workspace.search.dialogLabel')}
      </h2>
      <div className="search-field">
        <svg
          viewBox="0 0 24 24"
          width="18"
          height="18"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          aria-hidden="true"
          focusable="false"
        >
          <circle cx="11" cy="11" r="6.5" />
          <path d="M16 16l4.5 4.5" strokeLinecap="round" />
        </svg>
        <input
          className="search-input"
          type="text"
          role="combobox"
          aria-label={t('workspace.search.inputLabel')}
          aria-expanded={hits.length > 0}
          aria-controls={LISTBOX_ID}
          aria-autocomplete="list"
          aria-activedescendant={active ? optionId(active) : undefined}
          placeholder={t('workspace.search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={text}
          data-testid="search-input"
          onChange={(event) => {
            setText(event.target.value);
            setActiveKey(null);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="search-close" onClick={() => onClose(true)} aria-label={t('workspace.search.close')}>
          Esc
        </button>
      </div>
      {text.trim() !== '' && (
        <SearchResults
          id={LISTBOX_ID}
          result={result}
          activeKey={active ? optionId(active) : null}
          onActivate={openHit}
          onHover={(hit) => setActiveKey(optionId(hit))}
        />
      )}
      <p className="search-status" role="status" aria-live="polite" data-testid="search-status">
        {status}
      </p>
    </div>
  );
}
