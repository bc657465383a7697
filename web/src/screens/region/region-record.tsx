import { useInfiniteQuery } from '@tanstack/react-query';
import { recordNames } from '../../../../shared/audit/change-words';
import { commonMessages } from '../../../../shared/messages/common';
import { historyMessages } from '../../../../shared/messages/web/history';
import { regionBoardMessages } from '../../../../shared/messages/web/region-board';
import type { TAuditEvent } from '../../../../shared/model/audit';
import { queries } from '../../api/queries';
import { Card } from '../../components/card';
import { LoadMore } from '../../components/load-more';
import { Loaded } from '../../components/loaded';
import { formatters } from '../../i18n/format';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { ChangeList } from '../history/change-list';
import { EventByline } from '../history/event-byline';
import type { TRegionYearProps } from './region-year-props';

/**
 * The region's own record of the year, newest first, for its own people (the Inspektorat reads
 * it as the rest): its calendar, the files asked for in English, the failed events put back in
 * line, its people's first sign-ins and choices.
 */
export function RegionRecord({ regionId, year, timeZone }: TRegionYearProps) {
  const m = useMessages(regionBoardMessages).record;
  const common = useMessages(commonMessages);
  const history = useMessages(historyMessages);
  const { lang } = useLanguage();
  const fmt = formatters(lang, timeZone);
  const record = useInfiniteQuery(queries.regionAudit(regionId, year));
  const what = (event: TAuditEvent) => {
    if (event.subject.kind === 'regionReports') {
      const locale = event.changes.find((change) => change.path === 'locale')?.after;
      return m.requested(common.quarterName(event.subject.quarter), String(locale));
    }
    return event.subject.kind === 'outbox' ? m.retried : (history.actions[event.action] ?? event.action);
  };
  return (
    <Card title={m.title} className="region-record">
      <p className="muted small">{m.hint}</p>
      <Loaded query={record}>
        {({ pages }) => {
          const events = pages.flatMap((page) => page.events);
          // Its steps name no indicator or unit; a person they name is one who acted on it.
          const people = events.map((event) => ({ id: event.actorId, name: event.actorName }));
          const names = recordNames({ agreements: [], units: [], people });
          return events.length === 0 ? (
            <p>{m.none}</p>
          ) : (
            <ol className="timeline">
              {events.map((event) => (
                <li key={event.id} data-region-record={event.action}>
                  <strong>{what(event)}</strong>
                  <EventByline event={event} fmt={fmt} words={m} />
                  <ChangeList event={event} names={names} timeZone={timeZone} />
                </li>
              ))}
            </ol>
          );
        }}
      </Loaded>
      <LoadMore query={record} />
    </Card>
  );
}
