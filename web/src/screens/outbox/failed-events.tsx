import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { isAllowed } from '../../../../shared/access/policy';
import { commonMessages } from '../../../../shared/messages/common';
import { outboxMessages } from '../../../../shared/messages/web/outbox';
import type { TFailedOutboxEvent } from '../../../../shared/model/outbox';
import { queries } from '../../api/queries';
import { unitName, useAgency } from '../../app/agency';
import { useUser } from '../../app/session';
import { Card } from '../../components/card';
import { DataTable } from '../../components/data-table';
import { Loaded } from '../../components/loaded';
import { useMessages } from '../../i18n/i18n';
import { RetryEvent } from './retry-event';

/** The agency's events given up on, with their last error; the planner or the admin may retry one. */
export function FailedEvents() {
  const m = useMessages(outboxMessages).failed;
  const common = useMessages(commonMessages);
  const { agency, units, fmt } = useAgency();
  const user = useUser();
  const failed = useQuery(queries.failedEvents(agency.id));
  const mayRetry = isAllowed(user, 'outbox.retry', { regionId: agency.regionId, agencyId: agency.id });
  const [retried, setRetried] = useState(false);
  const kinds: Record<string, string> = m.kinds;
  const what = (event: TFailedOutboxEvent) =>
    [
      kinds[event.kind] ?? event.kind,
      event.quarter ? `${common.quarterName(event.quarter)} ${event.year}` : String(event.year),
      event.unitId && unitName(units, event.unitId),
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <Card title={m.title}>
      <p className="muted">{m.hint}</p>
      {retried && (
        <p className="alert success" role="status">
          {m.retried}
        </p>
      )}
      <Loaded query={failed}>
        {({ events }) =>
          events.length === 0 ? (
            <p>{m.none}</p>
          ) : (
            <DataTable
              className="failed-events"
              rows={events}
              rowKey={(event) => event.id}
              columns={[
                { header: m.event, rowHeader: true, cell: what },
                { header: m.failedAt, cell: (event) => event.failedAt && fmt.dateTime(event.failedAt) },
                { header: m.attempts, num: true, cell: (event) => event.attempts },
                {
                  header: m.lastError,
                  cell: (event) => <code className="error-text">{event.lastError}</code>,
                },
                mayRetry && {
                  header: m.actions,
                  hiddenHeader: true,
                  cell: (event) => (
                    <RetryEvent eventId={event.id} what={what(event)} onRetried={() => setRetried(true)} />
                  ),
                },
              ]}
            />
          )
        }
      </Loaded>
    </Card>
  );
}
