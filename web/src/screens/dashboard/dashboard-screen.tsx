import { useQuery } from '@tanstack/react-query';
import { commonMessages } from '../../../../shared/messages/common';
import { dashboardMessages } from '../../../../shared/messages/web/dashboard';
import { queries } from '../../api/queries';
import { useAgency, usePaths } from '../../app/agency';
import { Link, navigate, useLocation } from '../../app/router';
import { currentPeriod, currentYear, isQuarter, periodFrom, selectableYears } from '../../app/selection';
import { useUser } from '../../app/session';
import { AchievementChart } from '../../components/achievement-chart';
import { Card } from '../../components/card';
import { Loaded } from '../../components/loaded';
import { PageTitle } from '../../components/page-title';
import { PeriodPicker } from '../../components/period-picker';
import type { TScreenProps } from '../../components/screen-props';
import { SentBackNotice } from '../../components/sent-back-notice';
import { StateBadge } from '../../components/state-badge';
import { useMessages } from '../../i18n/i18n';
import { AtRiskList } from './at-risk-list';
import { chartRows, share } from './dashboard-model';
import { MyTasks } from './my-tasks';
import { PartsTable } from './parts-table';

/** Everyone's first screen: what waits on them first, then the quarter's parts, completeness, timeliness and achievement. */
export default function DashboardScreen({ params }: TScreenProps) {
  const m = useMessages(dashboardMessages);
  const common = useMessages(commonMessages);
  const user = useUser();
  const { agency, fmt } = useAgency();
  const paths = usePaths();
  const { query } = useLocation();
  const now = currentPeriod(agency.timeZone);
  const { year, quarter } = periodFrom(
    new URLSearchParams({ year: params.year ?? '', quarter: query.get('quarter') ?? '' }),
    now,
  );
  const dashboard = useQuery(queries.dashboard(agency.id, year, quarter));
  return (
    <div className="page">
      <PageTitle
        title={m.title}
        subtitle={m.subtitle(common.quarterName(quarter), year)}
        actions={
          <PeriodPicker
            years={selectableYears(currentYear(agency.timeZone))}
            year={year}
            quarter={quarter}
            onChange={(next) =>
              navigate(paths.dashboard(next.year, isQuarter(next.quarter) ? next.quarter : quarter))
            }
          />
        }
      />
      <MyTasks />
      <Loaded query={dashboard} notFound={<p className="card">{m.noQuarters(year)}</p>}>
        {(data) => (
          <>
            <SentBackNotice quarter={data.quarter} />
            <section className="stats" aria-label={m.subtitle(common.quarterName(quarter), year)}>
              <div className="stat">
                <span className="stat-label">{m.quarterState}</span>
                <span className="stat-value">
                  <StateBadge kind="quarter" state={data.quarter.state} />
                </span>
                <Link to={paths.quarter(year, quarter)}>{m.signOff}</Link>
              </div>
              <div className="stat">
                <span className="stat-label">{m.due}</span>
                <span className="stat-value">{fmt.dateTime(data.quarter.dueAt)}</span>
              </div>
              <div className="stat">
                <span className="stat-label">{m.completeness}</span>
                <span className="stat-value">
                  {fmt.percent(share(data.completeness.submitted, data.completeness.total))}
                </span>
                <span className="stat-note">
                  {m.completenessValue(data.completeness.submitted, data.completeness.total)}
                </span>
                <span className="stat-note">
                  {m.verified(
                    data.units.filter((u) => u.state === 'verified').length,
                    data.completeness.total,
                  )}
                </span>
              </div>
              <div className="stat">
                <span className="stat-label">{m.timeliness}</span>
                <span className="stat-value">
                  {fmt.percent(share(data.timeliness.onTime, data.timeliness.onTime + data.timeliness.late))}
                </span>
                <span className="stat-note">
                  {m.timelinessValue(data.timeliness.onTime, data.timeliness.late)}
                </span>
              </div>
            </section>
            <PartsTable
              units={data.units}
              year={year}
              quarter={quarter}
              quarterState={data.quarter.state}
              user={user}
            />
            {data.achievements.length > 0 && <AtRiskList achievements={data.achievements} />}
            <Card title={m.chartTitle}>
              {data.achievements.length ? (
                <AchievementChart rows={chartRows(data.achievements)} />
              ) : (
                <p className="muted">{m.noIndicators}</p>
              )}
              <p>
                <Link className="action-link" to={paths.trends(year)}>
                  {m.trendsLink}
                </Link>
              </p>
            </Card>
          </>
        )}
      </Loaded>
    </div>
  );
}
