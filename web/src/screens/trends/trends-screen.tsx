import { useQuery } from '@tanstack/react-query';
import { trendsMessages } from '../../../../shared/messages/web/trends';
import { queries } from '../../api/queries';
import { useAgency, usePaths } from '../../app/agency';
import { navigate } from '../../app/router';
import { currentYear, periodFrom, selectableYears } from '../../app/selection';
import { Card } from '../../components/card';
import { Loaded } from '../../components/loaded';
import { PageTitle } from '../../components/page-title';
import { PeriodPicker } from '../../components/period-picker';
import type { TScreenProps } from '../../components/screen-props';
import { useMessages } from '../../i18n/i18n';
import { BudgetTrend } from './budget-trend';
import { IndicatorTrend } from './indicator-trend';

/**
 * Where people would rather look than read: each indicator's realisation against its target over
 * the year's quarters and the past years that have it, and how the budget was absorbed.
 */
export default function TrendsScreen({ params }: TScreenProps) {
  const m = useMessages(trendsMessages);
  const { agency } = useAgency();
  const paths = usePaths();
  const thisYear = currentYear(agency.timeZone);
  const { year } = periodFrom(new URLSearchParams({ year: params.year ?? '' }), {
    year: thisYear,
    quarter: 1,
  });
  const trends = useQuery(queries.trends(agency.id, year));
  return (
    <div className="page">
      <PageTitle
        title={m.title}
        subtitle={m.subtitle(year, (trends.data?.pastYears ?? []).join(', '))}
        actions={
          <PeriodPicker
            years={selectableYears(thisYear)}
            year={year}
            onChange={(next) => navigate(paths.trends(next.year))}
          />
        }
      />
      <Loaded query={trends} notFound={<p className="card">{m.noAgreement(year)}</p>}>
        {(data) => (
          <>
            <BudgetTrend trends={data} />
            <Card title={m.indicatorsTitle}>
              <p className="muted">{m.indicatorsHint}</p>
              {data.indicators.map((trend) => (
                <IndicatorTrend key={trend.indicatorId} trend={trend} />
              ))}
            </Card>
          </>
        )}
      </Loaded>
    </div>
  );
}
