import { useTranslation } from 'react-i18next';

type Props = { offset: number; limit: number; total: number; onChange: (offset: number) => void };

/** "1–100 van 100.000" with first/previous/next/last: the server pages, the table shows one window. */
export function Pager({ offset, limit, total, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language.startsWith('en') ? 'en-GB' : 'nl-BE');
  const to = Math.min(offset + limit, total);
  const lastOffset = Math.max(0, Math.floor((total - 1) / limit) * limit);
  return (
    <nav className="org-pager" aria-label={t('organisations.pager.label')} data-testid="pager">
      <span className="row-count" aria-live="polite" data-testid="pager-range">
        {total === 0
          ? t('organisations.pager.none')
          : t('organisations.pager.range', { from: number(offset + 1), to: number(to), total: number(total) })}
      </span>
      <button
        type="button"
        className="button button-small"
        disabled={offset === 0}
        onClick={() => onChange(0)}
        aria-label={t('organisations.pager.first')}
        title={t('organisations.pager.first')}
      >
        «
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
        aria-label={t('organisations.pager.previous')}
        title={t('organisations.pager.previous')}
      >
        ‹
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={to >= total}
        onClick={() => onChange(offset + limit)}
        aria-label={t('organisations.pager.next')}
        title={t('organisations.pager.next')}
      >
        ›
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={to >= total}
        onClick={() => onChange(lastOffset)}
        aria-label={t('organisations.pager.last')}
        title={t('organisations.pager.last')}
      >
        »
      </button>
    </nav>
  );
}

/** Table sorting state -> the call's sort input, for the columns the server can sort on. */
export function sortFrom<C extends string>(sorting: { id: string; desc: boolean }[], columns: readonly C[], fallback: C) {
  const first = sorting[0];
  if (!first || !(columns as readonly string[]).includes(first.id)) return { column: fallback, direction: 'asc' as const };
  return { column: first.id as C, direction: first.desc ? ('desc' as const) : ('asc' as const) };
}
