import { type TIndicator, targetValue } from '../model/indicator.js';
import type { TQuarter } from '../model/quarter.js';
import { realisedValue } from './realised-value.js';
import type { TQuarterRealisations } from './to-date.js';

/**
 * An indicator measured once a year: no target in TW1–TW3, a target in TW4 (Nilai AKIP: 0, 0, 0,
 * 81,57 — KemenPAN-RB scores the report once, in TW4). Its figures before then say nothing.
 */
export const isAnnualOnly = (indicator: TIndicator): boolean => {
  const [tw1, tw2, tw3, tw4] = indicator.quarterTargets.map(targetValue);
  return tw1 === 0 && tw2 === 0 && tw3 === 0 && (tw4 ?? 0) > 0;
};

/**
 * Whether an annual-only indicator still waits for its year's figure at this quarter: before
 * TW4, or in TW4 until TW4's own figure is entered. Then it has no achievement and no band
 * (not "0,00 % Sangat rendah" from a 0 carried over from TW2).
 */
export const awaitsYearFigure = (
  indicator: TIndicator,
  realisations: TQuarterRealisations,
  quarter: TQuarter,
): boolean => isAnnualOnly(indicator) && (quarter < 4 || realisedValue(realisations[3]) === null);
