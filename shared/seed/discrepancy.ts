import { compareFigure, typedFromText } from '../checker/typed-figure.js';

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

/** How a figure typed the Indonesian way relates to the computed candidates it could stand for. */
export function compareTyped(
  typed: string,
  candidates: readonly (number | null)[],
): 'ok' | 'rounded' | 'slip' {
  const figure = typedFromText(typed);
  return figure ? compareFigure(figure, candidates) : 'slip';
}
