import { useTranslation } from 'react-i18next';

type Props = {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
  /** Short lists (wizard steps, privacy panels) hide the pager when everything fits on one page. */
  hideWhenSinglePage?: boolean;
};

/**
 * "1–100 van 100.000" with first/previous/next/last over a list the server pages; the one pager
 * of every paged table and list in the app.
 */
export function Pager({ offset, limit, total, onChange, hideWhenSinglePage = false }: Props) {
  const { t, i18n } = useTranslation();
  if (hideWhenSinglePage && total <= limit && offset === 0) return null;
  const number = (n: number) => n.toLocaleString(i18n.language.startsWith('en') ? 'en-GB' : 'nl-BE');
  const to = Math.min(offset + limit, total);
  const lastOffset = Math.max(0, Math.floor((total - 1) / limit) * limit);
  const buttons: [string, string, boolean, number][] = [
    ['«', t('common.pager.first'), offset === 0, 0],
    ['‹', t('common.pager.previous'), offset === 0, Math.max(0, offset - limit)],
    ['›', t('common.pager.next'), to >= total, offset + limit],
    ['»', t('common.pager.last'), to >= total, lastOffset],
  ];
  return (
    <nav className="pager" aria-label={t('common.pager.label')} data-testid="pager">
      <span className="row-count" aria-live="polite" data-testid="pager-range">
        {total === 0
          ? t('common.pager.none')
          : t('common.pager.range', { from: number(offset + 1), to: number(to), total: number(total) })}
      </span>
      {buttons.map(([symbol, label, disabled, target]) => (
        <button
          key={label}
          type="button"
          className="button button-small"
          disabled={disabled}
          onClick={() => onChange(target)}
          aria-label={label}
          title={label}
        >
          {symbol}
        </button>
      ))}
    </nav>
  );
}
