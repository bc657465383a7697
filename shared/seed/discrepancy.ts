import { parseNumber } from '../calc/format.js';
import { decimalPlaces, roundHalfUp } from '../calc/rounding.js';

/**
 * slip: the report's figure is wrong; rounded: right, typed with fewer decimals; no-target: the
 * report typed 0 % where the quarter has no target (the product shows "–"); version: PK Murni and
 * the realisation table disagree, kept as two agreement versions.
 */
export type TDiscrepancyKind = 'slip' | 'rounded' | 'no-target' | 'version';
export type TDiscrepancy = {
  kind: TDiscrepancyKind;
  where: string;
  reported: string;
  computed: string;
  why: string;
};

/** How a typed figure relates to the computed candidates it could stand for. */
export function compareTyped(
  typed: string,
  candidates: readonly (number | null)[],
): 'ok' | 'rounded' | 'slip' {
  const value = parseNumber(typed);
  const decimals = decimalPlaces(typed);
  const known = candidates.filter((x): x is number => x !== null);
  if (known.some((x) => roundHalfUp(x, 2) === value)) return 'ok';
  if (decimals < 2 && known.some((x) => roundHalfUp(x, decimals) === value)) return 'rounded';
  return 'slip';
}
