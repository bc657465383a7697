import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { commonMessages } from '../../../shared/messages/common';
import type { TUser } from '../../../shared/model/organisation';
import { queries } from '../api/queries';
import { ErrorMessage } from '../components/error-message';
import { Loading } from '../components/loading';
import { NotFound } from '../components/not-found';
import { useMessages } from '../i18n/i18n';
import { AgencyProvider } from './agency';
import { AgencyPicker } from './agency-picker';
import { FrontHeader } from './front-header';
import { lazyScreen } from './lazy-screen';
import { matchPath } from './match-path';
import { newAgencyPath, regionBoardPath } from './paths';
import { resolveRoute, type TRoute } from './route-table';
import { Link, useLocation } from './router';
import { screens } from './routes';
import { Shell } from './shell';

/** The region admin's form for a new agency: outside any agency, so outside the agency's screens. */
const NewAgencyScreen = lazyScreen(() => import('../screens/region/new-agency-screen'));
/** The region's dashboard: across the region's agencies, so outside any one of them. */
const RegionBoardScreen = lazyScreen(() => import('../screens/region/region-board-screen'));

/**
 * The signed-in app. Every screen's address names its agency (the addresses e-mails link to),
 * so the agency comes from the path; "/" is the front door that picks or goes to one.
 */
export function SignedInApp({ user }: { user: TUser }) {
  const { path } = useLocation();
  if (path === '/') return <AgencyPicker user={user} />;
  const newAgency = matchPath(newAgencyPath(':regionId'), path);
  const board = matchPath(regionBoardPath(':regionId', ':year'), path);
  if (newAgency || board)
    return (
      <>
        <FrontHeader user={user} />
        <Suspense fallback={<Loading />}>
          {newAgency ? <NewAgencyScreen params={newAgency} /> : board && <RegionBoardScreen params={board} />}
        </Suspense>
      </>
    );
  const route = resolveRoute(path);
  if (!route)
    return (
      <>
        <FrontHeader user={user} />
        <main id="main">
          <NotFound />
        </main>
      </>
    );
  return <AgencyScreen route={route} user={user} />;
}

function AgencyScreen({ route, user }: { route: TRoute; user: TUser }) {
  const m = useMessages(commonMessages);
  const agencyId = route.params.agencyId ?? '';
  const resource = useQuery(queries.agency(agencyId));
  // The defaults colour the screens until the agency's own settings arrive (or where they cannot be read).
  const settings = useQuery(queries.settings(agencyId));
  // An agency one may not read (a link from someone else's email, or the page the last person on
  // this browser left open): still signed in, with a way out.
  if (resource.error)
    return (
      <>
        <FrontHeader user={user} />
        <main className="page narrow" id="main">
          <ErrorMessage error={resource.error} onRetry={() => void resource.refetch()} />
          <Link to="/">{m.toDashboard}</Link>
        </main>
      </>
    );
  if (!resource.data) return <Loading />;
  const Screen = screens[route.screen];
  return (
    <AgencyProvider agency={resource.data.agency} units={resource.data.units} settings={settings.data}>
      <Shell readsAcross={!user.agencyId}>
        <Suspense fallback={<Loading />}>
          <Screen params={route.params} />
        </Suspense>
      </Shell>
    </AgencyProvider>
  );
}
