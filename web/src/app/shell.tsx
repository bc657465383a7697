import type { ReactNode } from 'react';
import { commonMessages } from '../i18n/common-messages';
import { useLanguage, useMessages } from '../i18n/i18n';
import type { TLanguage } from '../i18n/language';
import { useAgency } from './agency';
import { Link, useLocation } from './router';
import { paths } from './routes';
import { currentPeriod, periodFrom } from './selection';
import { useSession, useUser } from './session';

/** Set by the development sign-in: the Outbox (local mode only) is offered then. */
export const localModeKey = 'capaian.local';

/** Header, navigation and the language switch around every signed-in screen. */
export function Shell(props: { children: ReactNode; onChangeAgency?: () => void }) {
  const m = useMessages(commonMessages);
  const user = useUser();
  const { signOut } = useSession();
  const { agency } = useAgency();
  const { path, query } = useLocation();
  const yearInPath = /^\/years\/(\d{4})/.exec(path)?.[1];
  const period = periodFrom(
    yearInPath ? new URLSearchParams({ year: yearInPath, quarter: query.get('quarter') ?? '' }) : query,
    currentPeriod(agency.timeZone),
  );
  const nav: [string, string][] = [
    [paths.dashboard(period.year, period.quarter), m.nav.dashboard],
    [paths.agreement(period.year), m.nav.agreement],
    [paths.reports(period.year, period.quarter), m.nav.reports],
    [paths.quarterHistory(period.year, period.quarter), m.nav.history],
    [paths.settings(), m.nav.settings],
  ];
  if (localStorage.getItem(localModeKey) === '1') nav.push([paths.outbox(), m.nav.outbox]);
  const here = (to: string) => to.split('?')[0] === path;
  return (
    <>
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <header className="app-header">
        <div className="brand">
          <Link to={paths.dashboard(period.year, period.quarter)} className="brand-name">
            {m.appName}
          </Link>
          <span className="agency-name">
            {agency.shortName}
            {props.onChangeAgency && (
              <button type="button" className="link-button" onClick={props.onChangeAgency}>
                ⇄
              </button>
            )}
          </span>
        </div>
        <nav aria-label={m.mainNav} className="main-nav">
          <ul>
            {nav.map(([to, label]) => (
              <li key={label}>
                <Link to={to} aria-current={here(to) ? 'page' : undefined}>
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <LanguageSwitch />
          <span className="who" title={user.email}>
            {user.name} · {user.roles.map((role) => m.roles[role]).join(', ')}
          </span>
          <button type="button" className="secondary small" onClick={signOut}>
            {m.signOut}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
    </>
  );
}

/** Two buttons rather than a select: one tap on a phone, and the state is announced. */
export function LanguageSwitch() {
  const { lang, setLang } = useLanguage();
  const m = useMessages(commonMessages);
  const options: [TLanguage, string][] = [
    ['id', 'ID'],
    ['en', 'EN'],
  ];
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form fieldset.
    <div role="group" aria-label={m.language} className="language-switch">
      {options.map(([value, label]) => (
        <button
          key={value}
          type="button"
          aria-pressed={lang === value}
          lang={value}
          onClick={() => setLang(value)}
          title={value === 'id' ? 'Bahasa Indonesia' : 'English'}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
