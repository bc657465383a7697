import { awaitsYearFigure } from '../../../../shared/calc/annual-only';
import { realisedValue } from '../../../../shared/calc/realised-value';
import { statusBand } from '../../../../shared/calc/status-band';
import {
  achievementToDate,
  quarterAchievement,
  type TQuarterRealisations,
} from '../../../../shared/calc/to-date';
import type { TIndicator } from '../../../../shared/model/indicator';
import type { TQuarter } from '../../../../shared/model/quarter';
import type { TIndicatorRealisation, TQuarterPartContent } from '../../../../shared/model/realisation';
import { implausibleFigure } from '../../../../shared/workflow/plausibility';
import type { TScreenSettings } from '../../app/agency';

/** An indicator's realisations TW1..TW4 with this quarter's taken from the form. */
export function historyWith(
  indicatorId: string,
  quarter: TQuarter,
  current: TIndicatorRealisation | undefined,
  earlierParts: readonly TQuarterPartContent[],
): TQuarterRealisations {
  const at = (q: TQuarter) =>
    q === quarter
      ? current
      : q < quarter
        ? earlierParts.find((p) => p.quarter === q)?.realisations.find((r) => r.indicatorId === indicatorId)
        : undefined;
  return [at(1), at(2), at(3), at(4)];
}

/**
 * What the form shows beside a realisation as it is typed: achievement, to date, band, whether to
 * explain, and whether the figure asks to be checked again (the review shows the same).
 */
export function liveFigures(
  indicator: TIndicator,
  history: TQuarterRealisations,
  quarter: TQuarter,
  settings: TScreenSettings,
) {
  const current = history[quarter - 1];
  // Before this quarter's value is typed the year so far would count its target with nothing
  // against it (TW4 in red for everyone): nothing is shown until something is entered.
  const entered = current !== undefined;
  const achieved = entered ? quarterAchievement(indicator, history, quarter) : null;
  const toDate = entered ? achievementToDate(indicator, history, quarter) : null;
  const { below, above } = settings.explanationThresholds;
  return {
    value: realisedValue(current),
    achieved,
    toDate,
    band: statusBand(toDate ?? achieved, settings.statusBands),
    /** Measured once a year and not scored yet: marked as such instead of a band. */
    awaitsYearFigure: awaitsYearFigure(indicator, history, quarter),
    implausible: implausibleFigure(indicator, history, quarter),
    needsExplanation:
      Boolean(current?.nothingToReport) || (achieved !== null && (achieved < below || achieved > above)),
  };
}
