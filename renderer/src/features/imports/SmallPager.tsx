import { useTranslation } from 'react-i18next';

type Props = { offset: number; limit: number; total: number; onChange: (offset: number) => void };

/** "1–50 van 73" with previous/next: the plan stays in the main process, the table shows one page. */
export function SmallPager({ offset, limit, total, onChange }: Props) {
  const { t } = useTranslation();
  const to = Math.min(offset + limit, total);
  if (total <= limit && offset === 0) return null;
  return (
    <nav className="import-pager" aria-label={t('imports.pager.label')} data-testid="import-pager">
      <span className="row-count" aria-live="polite">
        {t('imports.pager.range', { from: total === 0 ? 0 : offset + 1, to, total })}
      </span>
      <button
        type="button"
        className="button button-small"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
        aria-label={t('imports.pager.previous')}
        title={t('imports.pager.previous')}
      >
        ‹
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={to >= total}
        onClick={() => onChange(offset + limit)}
        aria-label={t('imports.pager.next')}
        title={t('imports.pager.next')}
      >
        ›
      </button>
    </nav>
  );
}
