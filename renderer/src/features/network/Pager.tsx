import { useTranslation } from 'react-i18next';

type Props = { offset: number; limit: number; total: number; onChange: (offset: number) => void };

/** "1–100 van 340" with previous/next: the server pages, the table shows one window. */
export function Pager({ offset, limit, total, onChange }: Props) {
  const { t } = useTranslation();
  if (total <= limit && offset === 0) return null;
  const last = Math.min(offset + limit, total);
  return (
    <div className="pager" data-testid="pager">
      <span className="muted small">{t('networkEdit.pager.range', { from: total === 0 ? 0 : offset + 1, to: last, total })}</span>
      <button
        type="button"
        className="button button-small"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {t('networkEdit.pager.previous')}
      </button>
      <button type="button" className="button button-small" disabled={last >= total} onClick={() => onChange(offset + limit)}>
        {t('networkEdit.pager.next')}
      </button>
    </div>
  );
}

/** Table sorting state -> the call's sort input, for the columns the server can sort on. */
export function sortFrom<C extends string>(sorting: { id: string; desc: boolean }[], columns: readonly C[]) {
  const first = sorting[0];
  if (!first || !(columns as readonly string[]).includes(first.id)) return undefined;
  return { column: first.id as C, direction: first.desc ? ('desc' as const) : ('asc' as const) };
}
