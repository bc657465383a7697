import { Suspense, useState } from 'react';
import type { TUser } from '../../../shared/model/organisation';
import { ErrorMessage } from '../components/error-message';
import { Loading } from '../components/loading';
import { NotFound } from '../components/not-found';
import { AgencyProvider, useAgencyResource, useSettingsResource } from './agency';
import { AgencyPicker } from './agency-picker';
import { matchPath, useLocation } from './router';
import { routes, screens } from './routes';
import { Shell } from './shell';

const agencyKey = 'capaian.agency';

/**
 * Agency staff work in their own agency; region viewers and the admin belong to none, so they
 * name the agency they want to read (remembered for next time).
 */
export function SignedInApp({ user }: { user: TUser }) {
  const [chosen, setChosen] = useState(() => localStorage.getItem(agencyKey));
  const agencyId = user.agencyId ?? chosen;
  const resource = useAgencyResource(agencyId);
  const settings = useSettingsResource(agencyId);
  const choose = (id: string | null) => {
    if (id) localStorage.setItem(agencyKey, id);
    else localStorage.removeItem(agencyKey);
    setChosen(id);
  };
  if (!agencyId) return <AgencyPicker onChoose={choose} />;
  if (resource.error)
    return (
      <main className="page narrow">
        <ErrorMessage error={resource.error} onRetry={resource.reload} />
        {!user.agencyId && <AgencyPicker onChoose={choose} />}
      </main>
    );
  if (!resource.data) return <Loading />;
  return (
    <AgencyProvider agency={resource.data.agency} units={resource.data.units} settings={settings.data}>
      <Shell onChangeAgency={user.agencyId ? undefined : () => choose(null)}>
        <Suspense fallback={<Loading />}>
          <CurrentScreen />
        </Suspense>
      </Shell>
    </AgencyProvider>
  );
}

function CurrentScreen() {
  const { path } = useLocation();
  for (const [pattern, name] of routes) {
    const params = matchPath(pattern, path);
    if (params) {
      const Screen = screens[name];
      return <Screen params={params} />;
    }
  }
  return <NotFound />;
}
