import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isAllowed } from '../../../../shared/access/policy';
import { settingsMessages } from '../../../../shared/messages/web/settings';
import type { TAgencySettings } from '../../../../shared/model/settings';
import { api, ok } from '../../api/client';
import { agencyKey, queries } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { useUser } from '../../app/session';
import { Loaded } from '../../components/loaded';
import { PageTitle } from '../../components/page-title';
import { useMessages } from '../../i18n/i18n';
import { UnitsSection } from '../region/units-section';
import { ActingSection } from './acting-section';
import { SettingsForm } from './settings-form';
import { UsersSection } from './users-section';

/** Status bands, reminder days and explanation thresholds; the planner edits them. */
export default function SettingsScreen() {
  const m = useMessages(settingsMessages);
  const user = useUser();
  const { agency } = useAgency();
  const editable = user.roles.includes('planner');
  const queryClient = useQueryClient();
  const settings = useQuery(queries.settings(agency.id));
  // The bands and thresholds colour and check every screen of the agency: all of it is read again.
  const save = useMutation({
    mutationFn: (json: { revision: number; settings: TAgencySettings }) =>
      ok(api.agencies[':agencyId'].settings.$put({ param: { agencyId: agency.id }, json })),
    onSuccess: (next) => {
      queryClient.setQueryData(queries.settings(agency.id).queryKey, next);
      void queryClient.invalidateQueries({ queryKey: agencyKey(agency.id) });
    },
  });
  return (
    <div className="page">
      <PageTitle title={m.title} />
      {!editable && <p className="alert info">{m.readOnly}</p>}
      <Loaded query={settings}>
        {(stored) => <SettingsForm key={stored.revision} stored={stored} editable={editable} save={save} />}
      </Loaded>
      <UsersSection
        editable={isAllowed(user, 'users.manage', { regionId: agency.regionId, agencyId: agency.id })}
      />
      <ActingSection />
      <UnitsSection />
    </div>
  );
}
