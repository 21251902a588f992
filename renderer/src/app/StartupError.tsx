import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api';

type Props = { error: ApiError; onRetry: () => void };

export function StartupError({ error, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <main className="fullpage-center">
      <div className="panel fullpage-panel" role="alert">
        <h1 className="page-title">{t('app.startFailedTitle')}</h1>
        <p>{error.message}</p>
        <p className="muted">{t('app.startFailedHint')}</p>
        <button type="button" className="button button-primary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      </div>
    </main>
  );
}
