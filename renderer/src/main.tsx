import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { captureTokenFromUrl } from './api';
import { App } from './app/App';
import { DataVersionProvider } from './app/DataVersion';
import { ErrorBoundary } from './app/ErrorBoundary';
import { NoticeProvider } from './app/NoticeContext';
import { i18n } from './i18n';
import './styles/index.css';

captureTokenFromUrl();

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <NoticeProvider>
          <DataVersionProvider>
            <App />
          </DataVersionProvider>
        </NoticeProvider>
      </ErrorBoundary>
    </I18nextProvider>
  </StrictMode>,
);
