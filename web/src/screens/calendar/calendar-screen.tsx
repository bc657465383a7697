import { useQuery } from '@tanstack/react-query';
import { isAllowed } from '../../../../shared/access/policy';
import { calendarMessages } from '../../../../shared/messages/calendar';
import { queries } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { currentPeriod, periodFrom } from '../../app/selection';
import { useUser } from '../../app/session';
import { Loaded } from '../../components/loaded';
import { PageTitle } from '../../components/page-title';
import type { TScreenProps } from '../../components/screen-props';
import { useMessages } from '../../i18n/i18n';
import { DeadlinesCard } from './deadlines-card';
import { HolidaysCard } from './holidays-card';
import { RuleCard } from './rule-card';

/**
 * The region's calendar as it sets the agency's year: each quarter's deadline (and extension),
 * the rule in working days, and the year's holidays. The region's administrator edits all three.
 */
export default function CalendarScreen({ params }: TScreenProps) {
  const m = useMessages(calendarMessages).screen;
  const user = useUser();
  const { agency } = useAgency();
  const { year } = periodFrom(
    new URLSearchParams({ year: params.year ?? '' }),
    currentPeriod(agency.timeZone),
  );
  const calendar = useQuery(queries.calendar(agency.id, year));
  const keeps = isAllowed(user, 'calendar.manage', { regionId: agency.regionId, agencyId: agency.id });
  return (
    <div className="page">
      <PageTitle title={m.title(year)} />
      {!keeps && <p className="alert info">{m.keptBy}</p>}
      <Loaded query={calendar}>
        {(data) => (
          <>
            <DeadlinesCard year={year} calendar={data} editable={keeps} />
            <RuleCard calendar={data} editable={keeps} />
            <HolidaysCard key={year} year={year} holidays={data.holidays} editable={keeps} />
          </>
        )}
      </Loaded>
    </div>
  );
}
