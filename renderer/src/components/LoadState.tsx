import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api';

type Props = { error: ApiError | undefined; onRetry: () => void };

/** What a section shows before its data is there: "loading", or why not and a way to retry. */
export function LoadState({ error, onRetry }: Props) {
  const { t } = useTranslation();
  if (!error) return <p className="muted">{t('common.loading')}</p>;
  return (
    <div className="load-failed">
      <p className="muted">{t('common.loadFailed')}</p>
      <button type="button" className="button button-small" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </div>
  );
}
