import { roundHalfUp } from './rounding.js';

/**
 * How far a ratio's year read from the year's own parts is from what its quarters add up to, in
 * points, each figure as it is shown (2 decimals): null where there is nothing to compare or the two
 * show alike, so that no table says "selisih -0" beside two equal figures.
 */
export function yearPartsDifference(
  yearRealisation: number | null,
  yearFromQuarters: number | null,
): number | null {
  if (yearRealisation === null || yearFromQuarters === null) return null;
  const difference = roundHalfUp(roundHalfUp(yearRealisation, 2) - roundHalfUp(yearFromQuarters, 2), 2);
  return difference === 0 ? null : difference;
}
