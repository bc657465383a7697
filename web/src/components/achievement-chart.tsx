import { statusBand } from '../../../shared/calc/status-band';
import type { TLocale } from '../../../shared/i18n';
import { commonMessages } from '../../../shared/messages/common';
import { dashboardMessages } from '../../../shared/messages/web/dashboard';
import { bandLabel, type TStatusBand } from '../../../shared/model/status-band';
import { useAgency } from '../app/agency';
import { useLanguage, useMessages } from '../i18n/i18n';

export type TChartRow = {
  id: string;
  code: string;
  name: string;
  quarter: number | null;
  toDate: number | null;
  annualOnly: boolean;
};

// Bars stop at 150 %: beyond that the length no longer helps reading, the number does.
const scaleMax = 150;

/**
 * The achievement of each indicator as horizontal bars coloured by status band. Built as a table
 * so a screen reader reads every figure; the bars themselves are decoration (aria-hidden).
 */
export function AchievementChart(props: { rows: TChartRow[] }) {
  const m = useMessages(dashboardMessages).chart;
  const { annualOnly } = useMessages(commonMessages);
  const { lang } = useLanguage();
  const { fmt, settings } = useAgency();
  const bands = settings.statusBands;
  return (
    <figure className="chart">
      <table className="chart-table">
        <caption>{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.indicator}</th>
            <th scope="col">{m.quarter}</th>
            <th scope="col">{m.toDate}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <span className="code">{row.code}</span> {row.name}
              </th>
              <BarCell
                value={row.quarter}
                band={statusBand(row.quarter, bands)}
                text={fmt.percent(row.quarter)}
                lang={lang}
              />
              <BarCell
                value={row.toDate}
                band={statusBand(row.toDate, bands)}
                text={row.annualOnly && row.toDate === null ? annualOnly : fmt.percent(row.toDate)}
                lang={lang}
              />
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="legend">
        <span>{m.legend}:</span>
        {bands.map((band) => (
          <span key={band.id} className="legend-item">
            <span className="swatch" style={{ background: band.color }} aria-hidden="true" />
            {bandLabel(band, lang)}
            {band.min !== undefined ? ` (≥ ${band.min})` : ''}
          </span>
        ))}
        <span className="legend-item">– {m.none}</span>
        <span className="legend-item">{m.scale}</span>
      </figcaption>
    </figure>
  );
}

function BarCell(props: { value: number | null; band: TStatusBand | null; text: string; lang: TLocale }) {
  const width = props.value === null ? 0 : Math.min(Math.max(props.value, 0), scaleMax) / scaleMax;
  const label = props.band ? bandLabel(props.band, props.lang) : '';
  return (
    <td className="bar-cell">
      <span className="bar-track" aria-hidden="true">
        <span
          className="bar"
          style={{ width: `${width * 100}%`, background: props.band?.color ?? 'transparent' }}
        />
        <span className="bar-target" style={{ left: `${(100 / scaleMax) * 100}%` }} />
      </span>
      <span className="bar-value">{props.text}</span>
      {label && <span className="visually-hidden">, {label}</span>}
    </td>
  );
}
