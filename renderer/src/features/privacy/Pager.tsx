import { useTranslation } from 'react-i18next';

type Props = { offset: number; limit: number; total: number; onChange: (offset: number) => void };

/** Previous / next over a server-side paged list. */
export function Pager({ offset, limit, total, onChange }: Props) {
  const { t } = useTranslation();
  if (total <= limit) return null;
  return (
    <div className="pager">
      <button
        type="button"
        className="button button-small"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {t('privacy.previous')}
      </button>
      <span className="muted small">{t('privacy.pageOf', { from: offset + 1, to: Math.min(total, offset + limit), total })}</span>
      <button
        type="button"
        className="button button-small"
        disabled={offset + limit >= total}
        onClick={() => onChange(offset + limit)}
      >
        {t('privacy.next')}
      </button>
    </div>
  );
}
