import { useQuery } from '@tanstack/react-query';
import { statusBand } from '../../../../shared/calc/status-band';
import type { TQuarter } from '../../../../shared/model/quarter';
import { queries } from '../../api/queries';
import { unitName, useAgency } from '../../app/agency';
import { BandLabel } from '../../components/band-label';
import { Loaded } from '../../components/loaded';
import { useMessages } from '../../i18n/i18n';
import { signOffMessages } from './sign-off-messages';

/** The whole quarter's computed table (the API's figures), one row per indicator. */
export function QuarterTable(props: { year: number; quarter: TQuarter }) {
  const m = useMessages(signOffMessages);
  const { agency, units, fmt, settings } = useAgency();
  const table = useQuery(queries.performance(agency.id, props.year, props.quarter));
  const q = props.quarter - 1;
  return (
    <Loaded query={table}>
      {(data) => (
        <div className="table-scroll">
          <table className="data-table stack-on-phone">
            <thead>
              <tr>
                <th scope="col">{m.indicator}</th>
                <th scope="col">{m.unit}</th>
                <th scope="col" className="num">
                  {m.target}
                </th>
                <th scope="col" className="num">
                  {m.realisation}
                </th>
                <th scope="col" className="num">
                  {m.achievement}
                </th>
                <th scope="col" className="num">
                  {m.toDate}
                </th>
                <th scope="col">{m.status}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.indicatorId}>
                  <th scope="row" data-label={m.indicator}>
                    <span className="code">{row.indicatorCode}</span> {row.indicatorName}
                  </th>
                  <td data-label={m.unit}>{row.unitIds.map((id) => unitName(units, id)).join(', ')}</td>
                  <td className="num" data-label={m.target}>
                    {fmt.number(row.quarterTargets[q])}
                  </td>
                  <td className="num" data-label={m.realisation}>
                    {fmt.number(row.realisations[q])}
                  </td>
                  <td className="num" data-label={m.achievement}>
                    {fmt.percent(row.quarterAchievements[q])}
                  </td>
                  <td className="num" data-label={m.toDate}>
                    {fmt.percent(row.toDateAchievements[q])}
                  </td>
                  <td data-label={m.status}>
                    <BandLabel band={statusBand(row.toDateAchievements[q] ?? null, settings.statusBands)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Loaded>
  );
}
