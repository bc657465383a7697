import { defaultStatusBands, type TStatusBand, type TStatusBands } from '../model/status-band.js';
import { roundHalfUp } from './rounding.js';

/**
 * The band an achievement falls in; null for no achievement. The achievement is first rounded
 * to the 2 decimals a reader sees, so "90,999…" shown as 91,00 % is very high, like 91 itself.
 */
export function statusBand(
  achievement: number | null,
  bands: TStatusBands = defaultStatusBands,
): TStatusBand | null {
  if (achievement == null) return null;
  const shown = roundHalfUp(achievement, 2);
  return bands.find((band) => band.min === undefined || shown >= band.min) ?? null;
}
