import { useQueryClient } from '@tanstack/react-query';
import { outboxMessages } from '../../../../shared/messages/web/outbox';
import { agencyKey } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { useSession } from '../../app/session';
import { PageTitle } from '../../components/page-title';
import { useMessages } from '../../i18n/i18n';
import { AgencyFailedEvents } from './failed-events';
import { LocalEmails } from './local-emails';

/** What followed the agency's changes and failed for good; in local mode also the emails written. */
export default function OutboxScreen() {
  const m = useMessages(outboxMessages);
  const { agency } = useAgency();
  const { config } = useSession();
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: [...agencyKey(agency.id), 'outbox'] });
    void queryClient.invalidateQueries({ queryKey: ['dev', 'outbox'] });
  };
  return (
    <div className="page">
      <PageTitle
        title={m.title}
        actions={
          <button type="button" className="secondary" onClick={refresh}>
            {m.refresh}
          </button>
        }
      />
      <AgencyFailedEvents />
      {config?.localTools && <LocalEmails />}
    </div>
  );
}
