import type { TIndicatorRealisation } from '../../../../shared/model/realisation';
import type { TFormatters } from '../../i18n/format';

/** A stored realisation as a reader sees it: the value, or the ratio's parts and percentage. */
export function realisationText(
  r: TIndicatorRealisation | undefined,
  fmt: TFormatters,
  words: { nothingToReport: string; notEntered: string },
): string {
  if (!r) return words.notEntered;
  if (r.nothingToReport) return words.nothingToReport;
  if (r.numerator !== undefined && r.denominator !== undefined)
    return `${fmt.number(r.numerator)} / ${fmt.number(r.denominator)} = ${fmt.percent((r.numerator / r.denominator) * 100)}`;
  return r.value === undefined ? words.notEntered : fmt.number(r.value, 4);
}
