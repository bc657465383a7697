import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { commonMessages } from '../../../shared/messages/common';
import { onboardingMessages } from '../../../shared/messages/region';
import { regionBoardMessages } from '../../../shared/messages/web/region-board';
import type { TAgency, TUser } from '../../../shared/model/organisation';
import { webPaths } from '../../../shared/web-paths';
import { queries } from '../api/queries';
import { ErrorMessage } from '../components/error-message';
import { Loading } from '../components/loading';
import { useMessages } from '../i18n/i18n';
import { FrontHeader } from './front-header';
import { newAgencyPath, regionBoardPath } from './paths';
import { Link, navigate, useTitle } from './router';
import { currentPeriod } from './selection';

/** The agency's dashboard of its current year (the year in its own time zone). */
const homeOf = (agency: TAgency) => webPaths.dashboard(agency.id, currentPeriod(agency.timeZone).year);

/**
 * The app's front door ("/"): agency staff go straight to their agency's dashboard; region
 * viewers and the admin choose among the agencies GET /api/agencies says they may read.
 */
export function AgencyPicker({ user }: { user: TUser }) {
  const m = useMessages(commonMessages).agencyPicker;
  const onboarding = useMessages(onboardingMessages);
  useTitle(m.title);
  const agencies = useQuery(queries.agencies());
  // A region's administrator (or the system's) adds agencies here: they always see the list.
  const administers = user.roles.includes('admin') && !user.agencyId;
  // Whoever reads across a region (Bappeda, Inspektorat, Bupati) has its dashboard here.
  const regions = useQuery({ ...queries.regions(), enabled: !user.agencyId });
  const board = useMessages(regionBoardMessages);
  const list = agencies.data?.agencies ?? [];
  const only = user.agencyId ? list.find((agency) => agency.id === user.agencyId) : undefined;
  const target = only ?? (list.length === 1 && !administers ? list[0] : undefined);
  useEffect(() => {
    if (target) navigate(homeOf(target), { replace: true });
  }, [target]);
  if (agencies.error)
    return (
      <main className="page narrow" id="main">
        <ErrorMessage error={agencies.error} onRetry={() => void agencies.refetch()} />
      </main>
    );
  if (!agencies.data || target) return <Loading />;
  return (
    <>
      <FrontHeader user={user} />
      <main className="page narrow" id="main">
        <h1>{m.title}</h1>
        <p>{list.length ? m.hint : m.none}</p>
        {(regions.data?.regions ?? []).map((region) => (
          <p key={region.id} className="region-links">
            <Link
              to={regionBoardPath(region.id, currentPeriod(region.timeZone).year)}
              className="button"
              data-region-board={region.id}
            >
              {board.open(region.name)}
            </Link>
            {administers && (
              <Link to={newAgencyPath(region.id)} className="button secondary" data-region-id={region.id}>
                {onboarding.newAgency}
                {regions.data && regions.data.regions.length > 1 ? ` · ${region.name}` : ''}
              </Link>
            )}
          </p>
        ))}
        <ul className="agency-list">
          {[...list]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((agency) => (
              <li key={agency.id}>
                <Link to={homeOf(agency)} className="agency-choice" data-agency-id={agency.id}>
                  <span className="agency-choice-name">{agency.name}</span>
                  <span className="muted small">
                    {agency.shortName} · {agency.id}
                  </span>
                </Link>
              </li>
            ))}
        </ul>
      </main>
    </>
  );
}
