import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { commonMessages } from '../../../shared/messages/common';
import type { TAgency, TUser } from '../../../shared/model/organisation';
import { webPaths } from '../../../shared/web-paths';
import { queries } from '../api/queries';
import { ErrorMessage } from '../components/error-message';
import { Loading } from '../components/loading';
import { useMessages } from '../i18n/i18n';
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
  useTitle(m.title);
  const agencies = useQuery(queries.agencies());
  const list = agencies.data?.agencies ?? [];
  const only = user.agencyId ? list.find((agency) => agency.id === user.agencyId) : undefined;
  const target = only ?? (list.length === 1 ? list[0] : undefined);
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
    <main className="page narrow" id="main">
      <h1>{m.title}</h1>
      <p>{list.length ? m.hint : m.none}</p>
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
  );
}
