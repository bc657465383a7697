import { type TIndicator, targetValue } from '../model/indicator.js';
import type { TQuarter } from '../model/quarter.js';
import { achievement } from './achievement.js';
import { realisationToDate, type TQuarterRealisations } from './to-date.js';

/** Why an indicator can no longer reach its annual target, with the best year still on plan. */
export type TAtRisk = {
  indicatorId: string;
  /** The year's figure if every quarter after this one meets exactly its own target. */
  bestOnPlan: number;
  target: number;
  /** That best year's achievement against the target: how far short it falls (the lower, the worse). */
  bestAchievement: number | null;
};

/**
 * Whether an indicator, on the figures through `quarter`, can no longer reach its annual target:
 * even if every later quarter meets exactly its own target, the year ends short of it.
 * - sum: realised to date + the later quarters' targets < annual target (higher-is-better), or
 *   > it (lower-is-better): amounts already missed (or spent) are not made up on plan;
 * - cumulative and level: the year's figure is TW4's own value, which the earlier quarters do
 *   not bind, so they are at risk only once TW4 is in and the year fell short;
 * - annual-only (Nilai AKIP) and indicators with nothing reported yet: never.
 * Null when the target can still be reached.
 */
export function atRisk(
  indicator: TIndicator,
  realisations: TQuarterRealisations,
  quarter: TQuarter,
): TAtRisk | null {
  const target = targetValue(indicator.target);
  const realised = realisationToDate(indicator, realisations, quarter);
  if (realised === null || !(target > 0)) return null;
  if (indicator.aggregation !== 'sum' && quarter < 4) return null;
  const later = indicator.quarterTargets.slice(quarter).map(targetValue);
  const bestOnPlan = indicator.aggregation === 'sum' ? later.reduce((sum, t) => sum + t, realised) : realised;
  const short = indicator.polarity === 'higher' ? bestOnPlan < target : bestOnPlan > target;
  if (!short) return null;
  return {
    indicatorId: indicator.id,
    bestOnPlan,
    target,
    bestAchievement: achievement(bestOnPlan, target, indicator.polarity),
  };
}
