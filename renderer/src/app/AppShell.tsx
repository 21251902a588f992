import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { CollegeDetailPage } from '../features/network/CollegeDetailPage';
import { NetworkPage } from '../features/network/NetworkPage';
import { ComingSoonPage } from '../features/placeholders/ComingSoonPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ErrorBoundary } from './ErrorBoundary';
import { NoticeArea } from './NoticeArea';
import { useNotices } from './NoticeContext';
import { NotFoundPage } from './NotFoundPage';
import { useRoute, type Route } from './routes';
import { Sidebar } from './Sidebar';

function PageFor({ route }: { route: Route }) {
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage />;
    case 'netwerk':
      return route.collegeId === undefined ? <NetworkPage /> : <CollegeDetailPage collegeId={route.collegeId} />;
    case 'instellingen':
      return <SettingsPage />;
    case 'notFound':
      return <NotFoundPage />;
    default:
      return <ComingSoonPage page={route.page} />;
  }
}

export function AppShell({ version }: { version: string }) {
  const { t } = useTranslation();
  const route = useRoute();
  const routeKey = JSON.stringify(route);
  const { clearSuccess } = useNotices();
  useEffect(() => clearSuccess(), [routeKey, clearSuccess]);
  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main-content"
        onClick={(event) => {
          // A plain #id link would replace the route in the hash; move focus instead.
          event.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <Sidebar activePage={route.page === 'notFound' ? null : route.page} version={version} />
      <main id="main-content" className="main" tabIndex={-1}>
        <NoticeArea />
        <ErrorBoundary resetKey={routeKey}>
          <PageFor key={routeKey} route={route} />
        </ErrorBoundary>
      </main>
    </div>
  );
}
