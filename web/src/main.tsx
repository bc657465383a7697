import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readToken } from './api/token';
import { prefetchAgency } from './app/agency';
import { App } from './app/app';
import { resolveRoute } from './app/route-table';
import { preloadScreen } from './app/routes';
import { startSession } from './app/session';
import { currentLanguage, rememberLanguage } from './i18n/language';
import './styles.css';

// Re-announce the remembered language to the API (cookie) and the page (lang attribute).
rememberLanguage(currentLanguage());
// Everything the first screen needs starts at once, not one after another as React mounts: the
// session, the screen's chunk ("/" leads to the dashboard) and, signed in, the agency named in
// the address. On a slow connection each round trip saved is felt.
startSession();
preloadScreen(window.location.pathname);
const agencyId = resolveRoute(window.location.pathname)?.params.agencyId;
if (agencyId && readToken()) prefetchAgency(agencyId);

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
