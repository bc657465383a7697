import type { TTrends } from '../../../../shared/calc/trends';
import { commonMessages } from '../../../../shared/messages/common';
import { trendsMessages } from '../../../../shared/messages/web/trends';
import { useAgency } from '../../app/agency';
import { BarChart } from '../../components/bar-chart/bar-chart';
import { Card } from '../../components/card';
import { DataTable } from '../../components/data-table';
import { useMessages } from '../../i18n/i18n';
import { chartColors } from './chart-colors';

/** The agency's budget absorbed in each quarter and by its end, against the year's allocation. */
export function BudgetTrend({ trends }: { trends: TTrends }) {
  const m = useMessages(trendsMessages);
  const common = useMessages(commonMessages);
  const { fmt } = useAgency();
  const quarterName = (q: number) => common.quarterShort(q);
  return (
    <Card title={m.budgetTitle}>
      <p className="muted">{m.budgetCaption(fmt.rupiah(trends.allocation))}</p>
      <BarChart
        labels={trends.budget.map((point) => quarterName(point.quarter))}
        series={[
          {
            label: m.budgetIn,
            values: trends.budget.map((p) => p.absorptionInQuarter),
            color: chartColors.soft,
          },
          {
            label: m.budgetToDate,
            values: trends.budget.map((p) => p.absorption),
            color: chartColors.strong,
          },
        ]}
        format={fmt.percentAxis}
        summary={trends.budget
          .map((p) =>
            m.budgetPoint(
              quarterName(p.quarter),
              fmt.percent(p.absorptionInQuarter),
              fmt.percent(p.absorption),
            ),
          )
          .join('; ')}
      />
      <DataTable
        rows={trends.budget}
        rowKey={(point) => String(point.quarter)}
        columns={[
          { header: m.quarter, rowHeader: true, cell: (p) => common.quarterName(p.quarter) },
          { header: m.budgetIn, num: true, cell: (p) => fmt.rupiah(p.realised) },
          { header: m.budgetToDate, num: true, cell: (p) => fmt.rupiah(p.realisedToDate) },
          { header: m.absorption, num: true, cell: (p) => fmt.percent(p.absorption) },
        ]}
      />
    </Card>
  );
}
