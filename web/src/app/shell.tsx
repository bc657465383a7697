import type { ReactNode } from 'react';
import { isAllowed } from '../../../shared/access/policy';
import type { TLocale } from '../../../shared/i18n';
import { commonMessages } from '../../../shared/messages/common';
import type { TUser } from '../../../shared/model/organisation';
import { useLanguage, useMessages } from '../i18n/i18n';
import { useAgency, usePaths } from './agency';
import { useFold } from './fold';
import { MainNav, type TNavLink } from './main-nav';
import { resolveRoute } from './route-table';
import { Link, useLocation } from './router';
import { currentPeriod, periodFrom } from './selection';
import { useSession, useUser } from './session';

/** The year and quarter the user is looking at: from the address, else the agency's current ones. */
function usePeriod() {
  const { agency } = useAgency();
  const { path, query } = useLocation();
  const params = resolveRoute(path)?.params ?? {};
  const year = params.year ?? query.get('year') ?? '';
  const quarter = params.quarter ?? query.get('quarter') ?? '';
  return periodFrom(new URLSearchParams({ year, quarter }), currentPeriod(agency.timeZone));
}

/** Header, navigation and the language switch around every signed-in screen. */
export function Shell(props: { children: ReactNode; readsAcross: boolean }) {
  const m = useMessages(commonMessages);
  const user = useUser();
  const { config } = useSession();
  const { agency } = useAgency();
  const paths = usePaths();
  const { year, quarter } = usePeriod();
  const links: TNavLink[] = [
    { to: paths.dashboard(year, quarter), label: m.nav.dashboard },
    { to: paths.trends(year), label: m.nav.trends },
    { to: paths.agreement(year), label: m.nav.agreement },
    { to: paths.reports(year, quarter), label: m.nav.reports },
    { to: paths.history(year, { kind: 'quarter', quarter }), label: m.nav.history },
    { to: paths.calendar(year), label: m.nav.calendar },
    { to: paths.checker(year), label: m.nav.checker },
    { to: paths.settings(year), label: m.nav.settings },
  ];
  // The outbox: for whoever may retry what failed, and where local tools run, its emails.
  const target = { regionId: agency.regionId, agencyId: agency.id };
  if (config?.localTools || isAllowed(user, 'outbox.retry', target))
    links.push({ to: paths.outbox(), label: m.nav.outbox });
  // On a phone the links and the account fold under one button.
  const menu = useFold();
  return (
    <>
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape from anywhere in the open menu closes it. */}
      <header className="app-header" onKeyDown={menu.closeOnEscape}>
        <div className="brand">
          <Link to={paths.dashboard(year, quarter)} className="brand-name">
            {m.appName}
          </Link>
          <span className="agency-name">
            {agency.shortName}
            {props.readsAcross && (
              <Link to="/" className="link-button" title={m.changeAgency} aria-label={m.changeAgency}>
                ⇄
              </Link>
            )}
          </span>
        </div>
        <LanguageSwitch />
        <button {...menu.button} className="menu-button secondary" aria-controls="app-menu">
          {m.menu}
        </button>
        <div id="app-menu" className="app-menu" data-open={menu.open || undefined}>
          <MainNav links={links} onFollow={menu.close} />
          <div className="account">
            <WhoAndSignOut user={user} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
    </>
  );
}

/** Who is signed in, in which roles, and the button that signs them out. */
export function WhoAndSignOut({ user }: { user: TUser }) {
  const m = useMessages(commonMessages);
  const { signOut } = useSession();
  const roles = user.roles.map((role) => m.roles[role]).join(', ');
  return (
    <>
      {/* A long name or several roles are cut on a desk: the whole of it on hover. */}
      <span className="who" title={`${user.name}\n${roles}\n${user.email}`}>
        <span className="who-name">{user.name}</span> <span className="who-roles">{roles}</span>
      </span>
      <button type="button" className="secondary small" onClick={signOut}>
        {m.signOut}
      </button>
    </>
  );
}

/** Two buttons rather than a select: one tap on a phone, and the state is announced. */
export function LanguageSwitch() {
  const { lang, setLang } = useLanguage();
  const m = useMessages(commonMessages);
  const options: [TLocale, string][] = [
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
          title={m.languageNames[value]}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
