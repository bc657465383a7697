import type { TIndicatorRealisation } from '../model/realisation.js';

/** A ratio's parts as a percentage; null when the denominator is not positive. */
export function ratioPercent(numerator: number, denominator: number): number | null {
  return denominator > 0 ? (numerator / denominator) * 100 : null;
}

/** True when a realisation carries both ratio parts. */
export const hasParts = (
  r: TIndicatorRealisation | undefined,
): r is TIndicatorRealisation & { numerator: number; denominator: number } =>
  r?.numerator !== undefined && r.denominator !== undefined;

/** What a quarter's realisation counts as: its parts' ratio, else its value; null if nothing reported. */
export function realisedValue(r: TIndicatorRealisation | undefined): number | null {
  if (!r || r.nothingToReport) return null;
  if (hasParts(r)) return ratioPercent(r.numerator, r.denominator);
  return r.value ?? null;
}
