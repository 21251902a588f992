import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { NetworkRoutes } from '../features/network/NetworkRoutes';
import { OrganisationRoutes } from '../features/organisations/OrganisationRoutes';
import { DossierRoutes } from '../features/dossiers/DossierRoutes';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SearchPalette } from '../features/search/SearchPalette';
import { PrivacyPage } from '../features/privacy/PrivacyPage';
import { ImportRoutes } from '../features/imports/ImportRoutes';
import { ReferralRoutes } from '../features/referrals/ReferralRoutes';
import { EventRoutes } from '../features/events/EventRoutes';
import { ReportRoutes } from '../features/reports/ReportRoutes';
import { ErrorBoundary } from './ErrorBoundary';
import { NoticeArea } from './NoticeArea';
import { useNotices } from './NoticeContext';
import { NotFoundPage } from './NotFoundPage';
import { useRoute, type Route } from './routes';
import { Sidebar } from './Sidebar';

function PageFor({ route }: { route: Route }) {
  if (route.page === 'notFound') return <NotFoundPage />;
  const { segments } = route;
  switch (route.page) {
    case 'dashboard':
      return segments.length === 0 ? <DashboardPage /> : <NotFoundPage />;
    case 'netwerk':
      return <NetworkRoutes segments={segments} />;
    case 'organisaties':
      return <OrganisationRoutes segments={segments} />;
    case 'dossiers':
      return <DossierRoutes segments={segments} />;
    case 'import':
      return <ImportRoutes segments={segments} />;
    case 'doorverwijzingen':
      return <ReferralRoutes segments={segments} />;
    case 'events':
      return <EventRoutes segments={segments} />;
    case 'rapporten':
      return <ReportRoutes segments={segments} />;
    case 'instellingen':
      if (segments.length === 0) return <SettingsPage />;
      return segments.length === 1 && segments[0] === 'privacy' ? <PrivacyPage /> : <NotFoundPage />;
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
      <SearchPalette />
    </div>
  );
}
