import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { isAllowed } from '../../../../shared/access/policy';
import { commonMessages } from '../../../../shared/messages/common';
import { outboxMessages } from '../../../../shared/messages/web/outbox';
import type { TFailedOutboxEvent, TOutboxScope } from '../../../../shared/model/outbox';
import { queries } from '../../api/queries';
import { unitName, useAgency } from '../../app/agency';
import { useUser } from '../../app/session';
import { Card } from '../../components/card';
import { DataTable } from '../../components/data-table';
import { LoadMore } from '../../components/load-more';
import { Loaded } from '../../components/loaded';
import { useMessages } from '../../i18n/i18n';
import { RetryEvent } from './retry-event';

export type FailedEventsProps = {
  /** An agency's events, or the region's own. */
  scope: TOutboxScope;
  /** Whether the user may put one back in line (an agency's planner or administrator; the Bappeda). */
  mayRetry: boolean;
  /** A moment in the agency's or region's time zone. */
  dateTime: (at: string) => string;
  /** A unit's name, where the events are an agency's. */
  unitName?: (unitId: string) => string;
};

/** Events given up on, with their last error; those who may put one back in line. */
export function FailedEvents({ scope, mayRetry, dateTime, unitName: nameOf }: FailedEventsProps) {
  const m = useMessages(outboxMessages).failed;
  const common = useMessages(commonMessages);
  const failed = useInfiniteQuery(queries.failedEvents(scope));
  const [retried, setRetried] = useState(false);
  const kinds: Record<string, string> = m.kinds;
  const what = (event: TFailedOutboxEvent) =>
    [
      kinds[event.kind] ?? event.kind,
      event.quarter ? `${common.quarterName(event.quarter)} ${event.year}` : String(event.year),
      event.unitId && nameOf?.(event.unitId),
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <Card title={m.title} className="failed-events-card">
      <p className="muted">
        {m.hint} {m.newestFirst}
      </p>
      {retried && (
        <p className="alert success" role="status">
          {m.retried}
        </p>
      )}
      <Loaded query={failed}>
        {({ pages }) =>
          pages[0]?.events.length === 0 ? (
            <p>{m.none}</p>
          ) : (
            <>
              <DataTable
                className="failed-events"
                rows={pages.flatMap((page) => page.events)}
                rowKey={(event) => event.id}
                columns={[
                  { header: m.event, rowHeader: true, cell: what },
                  { header: m.failedAt, cell: (event) => event.failedAt && dateTime(event.failedAt) },
                  { header: m.attempts, num: true, cell: (event) => event.attempts },
                  {
                    header: m.lastError,
                    cell: (event) => <code className="error-text">{event.lastError}</code>,
                  },
                  mayRetry && {
                    header: m.actions,
                    hiddenHeader: true,
                    cell: (event) => (
                      <RetryEvent
                        scope={scope}
                        eventId={event.id}
                        what={what(event)}
                        onRetried={() => setRetried(true)}
                      />
                    ),
                  },
                ]}
              />
              <LoadMore query={failed} />
            </>
          )
        }
      </Loaded>
    </Card>
  );
}

/** The agency's events given up on (none of its region's); the planner or the admin may retry one. */
export function AgencyFailedEvents() {
  const { agency, units, fmt } = useAgency();
  const target = { regionId: agency.regionId, agencyId: agency.id };
  return (
    <FailedEvents
      scope={{ scope: 'agency', agencyId: agency.id }}
      mayRetry={isAllowed(useUser(), 'outbox.retry', target)}
      dateTime={fmt.dateTime}
      unitName={(unitId) => unitName(units, unitId)}
    />
  );
}
