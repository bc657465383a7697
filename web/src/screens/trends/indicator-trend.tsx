import { useId } from 'react';
import type { TIndicatorTrend, TTrendPoint } from '../../../../shared/calc/trends';
import { commonMessages } from '../../../../shared/messages/common';
import { trendsMessages } from '../../../../shared/messages/web/trends';
import { useAgency } from '../../app/agency';
import { BarChart } from '../../components/bar-chart/bar-chart';
import { DataTable } from '../../components/data-table';
import { useMessages } from '../../i18n/i18n';
import { chartColors } from './chart-colors';

type TPoint = TTrendPoint & { key: string; label: string; period: string };

/** One indicator: its target and realisation in each past year and each quarter to date, drawn and tabled. */
export function IndicatorTrend({ trend }: { trend: TIndicatorTrend }) {
  const m = useMessages(trendsMessages);
  const common = useMessages(commonMessages);
  const { fmt } = useAgency();
  const heading = useId();
  const points: TPoint[] = [
    ...trend.years.map((p) => ({
      ...p,
      key: `y${p.year}`,
      label: String(p.year),
      period: m.pastYear(p.year),
    })),
    ...trend.quarters.map((p) => ({
      ...p,
      key: `q${p.quarter}`,
      label: common.quarterShort(p.quarter),
      period: m.quarterToDate(common.quarterShort(p.quarter)),
    })),
  ];
  const realisation = (p: TPoint) => (p.realisation === null ? null : fmt.number(p.realisation));
  // Measured once a year and not scored yet: the reason in place of a figure, as the sign-off table.
  const awaitsScore = (p: TPoint) => trend.annualOnly && p.realisation === null && p.achievement === null;
  return (
    <section className="trend" aria-labelledby={heading}>
      <h3 id={heading}>
        <span className="code">{trend.indicatorCode}</span> {trend.name}
      </h3>
      <BarChart
        labels={points.map((p) => p.label)}
        series={[
          { label: m.target, values: points.map((p) => p.target), color: chartColors.soft },
          { label: m.realisation, values: points.map((p) => p.realisation), color: chartColors.strong },
        ]}
        format={fmt.numberAxis}
        summary={`${m.indicatorCaption(trend.indicatorCode, trend.unit)}. ${points
          .map((p) =>
            awaitsScore(p)
              ? m.pointAnnualOnly(p.period, common.annualOnly, fmt.number(p.target))
              : m.point(p.period, realisation(p), fmt.number(p.target)),
          )
          .join('; ')}`}
      />
      <details>
        <summary>{m.figures}</summary>
        <DataTable
          rows={points}
          rowKey={(p) => p.key}
          columns={[
            { header: m.period, rowHeader: true, cell: (p) => p.period },
            { header: `${m.target} (${trend.unit})`, num: true, cell: (p) => fmt.number(p.target) },
            { header: m.realisation, num: true, cell: (p) => realisation(p) ?? '–' },
            {
              header: m.achievement,
              num: true,
              cellClass: (p) => (awaitsScore(p) ? 'reason' : undefined),
              cell: (p) => (awaitsScore(p) ? common.annualOnly : fmt.percent(p.achievement)),
            },
          ]}
        />
      </details>
    </section>
  );
}
