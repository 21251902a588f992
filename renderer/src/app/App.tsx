import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../hooks/useApiQuery';
import { applyLanguage } from '../i18n';
import { RecoveryScreen } from '../features/recovery/RecoveryScreen';
import { AppShell } from './AppShell';
import { StartupError } from './StartupError';

/** Checks the database first: a damaged database gets the recovery screen and nothing else. */
export function App() {
  const { t } = useTranslation();
  const status = useApiQuery('app.status', undefined, { reportErrors: false });
  const language = status.data?.language;

  useEffect(() => {
    if (language) void applyLanguage(language);
  }, [language]);

  if (!status.data) {
    if (status.error) return <StartupError error={status.error} onRetry={status.reload} />;
    return (
      <div className="fullpage-center" aria-busy="true">
        <p className="muted">{t('app.loading')}</p>
      </div>
    );
  }

  const { database, dataDir, version } = status.data;
  if (database.state === 'damaged') {
    return <RecoveryScreen problems={database.problems} dataDir={dataDir} />;
  }
  return <AppShell version={version} />;
}
