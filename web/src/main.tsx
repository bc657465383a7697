import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { currentLanguage, rememberLanguage } from './i18n/language';
import './styles.css';

// Re-announce the remembered language to the API (cookie) and the page (lang attribute).
rememberLanguage(currentLanguage());

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
