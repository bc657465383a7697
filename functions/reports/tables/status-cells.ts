import { formatNumber } from '../../../shared/calc/format.js';
import type { TLocale } from '../../../shared/i18n.js';
import { reportMessages } from '../../../shared/messages/reports.js';
import { bandLabel, type TStatusBand, type TStatusBands } from '../../../shared/model/status-band.js';
import type { TCell } from './report-table.js';

/** The status cell of a band: its label on its colour; blank where there is no achievement. */
export function bandCell(bandId: string | null, bands: TStatusBands, locale: TLocale): TCell {
  const band = bands.find((b) => b.id === bandId);
  if (!band) return { value: null };
  return { value: bandLabel(band, locale), fill: band.color, align: 'center' };
}

/**
 * The range a band covers, as the legend prints it: "91 % ke atas", "76 – < 91 %", "< 51 %".
 * Words rather than "≥", which the PDF standard fonts lack.
 */
function bandRange(band: TStatusBand, above: TStatusBand | undefined, locale: TLocale): string {
  const pct = (x: number) => `${formatNumber(x, { locale })} %`;
  if (band.min === undefined) return above?.min === undefined ? '' : `< ${pct(above.min)}`;
  if (above?.min === undefined) return `${pct(band.min)} ${reportMessages[locale].andAbove}`;
  return `${formatNumber(band.min, { locale })} – < ${pct(above.min)}`;
}

/** The legend below a table: each band's colour with its label and range. */
export function bandLegend(bands: TStatusBands, locale: TLocale): { color: string; label: string }[] {
  return bands.map((band, i) => ({
    color: band.color,
    label: `${bandLabel(band, locale)} (${bandRange(band, bands[i - 1], locale)})`,
  }));
}
