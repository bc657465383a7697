import { useQuery } from '@tanstack/react-query';
import { carriedToDate } from '../../../../shared/calc/performance-table';
import { statusBand } from '../../../../shared/calc/status-band';
import { yearPartsDifference } from '../../../../shared/calc/year-parts';
import { commonMessages } from '../../../../shared/messages/common';
import { signOffMessages } from '../../../../shared/messages/web/sign-off';
import type { TQuarter } from '../../../../shared/model/quarter';
import { queries } from '../../api/queries';
import { unitName, useAgency } from '../../app/agency';
import { BandLabel } from '../../components/band-label';
import { DataTable } from '../../components/data-table';
import { Loaded } from '../../components/loaded';
import { useMessages } from '../../i18n/i18n';

/** The whole quarter's computed table (the API's figures), one row per indicator. */
export function QuarterTable(props: { year: number; quarter: TQuarter }) {
  const m = useMessages(signOffMessages);
  const { agency, units, fmt, settings } = useAgency();
  const table = useQuery(queries.performance(agency.id, props.year, props.quarter));
  const q = props.quarter - 1;
  const common = useMessages(commonMessages);
  const quarterShort = common.quarterShort(props.quarter);
  return (
    <Loaded query={table}>
      {(data) => (
        <>
          <DataTable
            rows={data.rows}
            rowKey={(row) => row.indicatorId}
            columns={[
              {
                header: m.indicator,
                rowHeader: true,
                cell: (row) => (
                  <>
                    <span className="code">{row.indicatorCode}</span> {row.indicatorName}
                  </>
                ),
              },
              { header: m.unit, cell: (row) => row.unitIds.map((id) => unitName(units, id)).join(', ') },
              { header: m.target, num: true, cell: (row) => fmt.number(row.quarterTargets[q]) },
              {
                header: m.realisation,
                num: true,
                // A "–" whose achievement to date is an earlier quarter's value names that value.
                cell: (row) => {
                  const carried = carriedToDate(row, props.quarter);
                  return (
                    <>
                      {fmt.number(row.realisations[q])}
                      {carried && (
                        <span className="muted carried">
                          {m.carriedCell(fmt.number(carried.value), common.quarterShort(carried.quarter))}
                        </span>
                      )}
                    </>
                  );
                },
              },
              // The quarter's own achievement and the year's to date, each named with its quarter.
              {
                header: m.achievement(quarterShort),
                num: true,
                cell: (row) => fmt.percent(row.quarterAchievements[q]),
              },
              {
                header: m.toDate(quarterShort),
                num: true,
                cell: (row) => fmt.percent(row.toDateAchievements[q]),
              },
              {
                header: m.status,
                cell: (row) =>
                  row.annualOnly && row.toDateAchievements[q] == null ? (
                    common.annualOnly
                  ) : (
                    <BandLabel band={statusBand(row.toDateAchievements[q] ?? null, settings.statusBands)} />
                  ),
              },
            ]}
          />
          {/* A ratio's year read from the year's own parts, beside what its quarters add up to. */}
          {data.rows
            .filter((row) => row.yearParts && row.yearRealisation !== null)
            .map((row) => {
              const difference = yearPartsDifference(row.yearRealisation, row.yearFromQuarters);
              return (
                <p key={row.indicatorId} className="muted year-parts">
                  {m.yearFromParts(
                    row.indicatorCode,
                    `${fmt.number(row.yearParts?.numerator)} / ${fmt.number(row.yearParts?.denominator)}`,
                    fmt.percent(row.yearRealisation),
                  )}
                  {difference !== null &&
                    m.quartersDiffer(fmt.percent(row.yearFromQuarters), fmt.number(difference))}
                </p>
              );
            })}
        </>
      )}
    </Loaded>
  );
}
