import { type TIndicator, targetValue } from '../model/indicator.js';
import type { TQuarter, TQuarterly } from '../model/quarter.js';
import type { TIndicatorRealisation } from '../model/realisation.js';
import { achievement } from './achievement.js';
import { awaitsYearFigure } from './annual-only.js';
import { hasParts, ratioPercent, realisedValue } from './realised-value.js';

/** An indicator's realisations TW1..TW4; undefined where nothing was entered. */
export type TQuarterRealisations = TQuarterly<TIndicatorRealisation | undefined>;

const upTo = <T>(items: readonly T[], quarter: TQuarter): T[] => items.slice(0, quarter);

/** The target to date: Σ quarter targets for sum-kind indicators, else the quarter's own target. */
export function targetToDate(indicator: TIndicator, quarter: TQuarter): number {
  const targets = upTo(indicator.quarterTargets, quarter).map(targetValue);
  if (indicator.aggregation === 'sum') return targets.reduce((sum, t) => sum + t, 0);
  return targets[quarter - 1] ?? 0;
}

/**
 * The realisation to date (s.d. triwulan), null if nothing was reported yet or an annual-only
 * indicator waits for its year's figure (a 0 entered in TW2 is no score). At TW4 a ratio whose
 * year's parts are reported is those parts' ratio (the LKj's 10.249 / 16.982), whatever the
 * quarters add up to; otherwise `quartersToDate`.
 */
export function realisationToDate(
  indicator: TIndicator,
  realisations: TQuarterRealisations,
  quarter: TQuarter,
): number | null {
  if (awaitsYearFigure(indicator, realisations, quarter)) return null;
  const year = quarter === 4 && indicator.ratio ? realisations[3]?.yearParts : undefined;
  if (year) return ratioPercent(year.numerator, year.denominator);
  return quartersToDate(indicator, realisations, quarter);
}

/**
 * The realisation to date as the quarters give it. Sum: Σ of the quarters (a ratio whose
 * reported quarters all have parts: Σ numerators / latest denominator). Cumulative and level:
 * the latest reported value, carried over quarters with nothing to report.
 */
export function quartersToDate(
  indicator: TIndicator,
  realisations: TQuarterRealisations,
  quarter: TQuarter,
): number | null {
  const reported = upTo(realisations, quarter).filter((r) => realisedValue(r) !== null);
  const latest = reported.at(-1);
  if (!latest) return null;
  if (indicator.aggregation !== 'sum') return realisedValue(latest);
  if (indicator.ratio && reported.every(hasParts)) {
    const numerators = reported.reduce((sum, r) => sum + (r.numerator ?? 0), 0);
    return ratioPercent(numerators, latest.denominator ?? 0);
  }
  return reported.reduce((sum, r) => sum + (realisedValue(r) ?? 0), 0);
}

/** A quarter's own achievement: its realisation against its target ("–" where that target is 0). */
export function quarterAchievement(
  indicator: TIndicator,
  realisations: TQuarterRealisations,
  quarter: TQuarter,
): number | null {
  const target = indicator.quarterTargets[quarter - 1];
  return achievement(
    realisedValue(realisations[quarter - 1]),
    target && targetValue(target),
    indicator.polarity,
  );
}

/** The achievement to date (s.d. triwulan): realisation to date against target to date. */
export function achievementToDate(
  indicator: TIndicator,
  realisations: TQuarterRealisations,
  quarter: TQuarter,
): number | null {
  const realised = realisationToDate(indicator, realisations, quarter);
  return achievement(realised, targetToDate(indicator, quarter), indicator.polarity);
}

/** The year's realisation by aggregation kind: the realisation to date at TW4. */
export const yearRealisation = (indicator: TIndicator, realisations: TQuarterRealisations): number | null =>
  realisationToDate(indicator, realisations, 4);

/** The year's achievement: the year's realisation against the annual target. */
export const yearAchievement = (indicator: TIndicator, realisations: TQuarterRealisations): number | null =>
  achievement(yearRealisation(indicator, realisations), targetValue(indicator.target), indicator.polarity);
