import type { TQuarter } from '../model/quarter.js';
import type { TQuarterPartContent } from '../model/realisation.js';
import type { TQuarterRealisations } from './to-date.js';

const empty = (): TQuarterRealisations => [undefined, undefined, undefined, undefined];

/** Each indicator's realisations TW1..TW4 from the units' parts, leaving out quarters after `asOf`. */
export function realisationsByIndicator(
  parts: readonly TQuarterPartContent[],
  asOf: TQuarter = 4,
): Map<string, TQuarterRealisations> {
  const byIndicator = new Map<string, TQuarterRealisations>();
  for (const part of parts) {
    if (part.quarter > asOf) continue;
    for (const realisation of part.realisations) {
      const quarters = byIndicator.get(realisation.indicatorId) ?? empty();
      quarters[part.quarter - 1] = realisation;
      byIndicator.set(realisation.indicatorId, quarters);
    }
  }
  return byIndicator;
}

/** Each activity's spending TW1..TW4 (0 where none was entered), leaving out quarters after `asOf`. */
export function spendingByActivity(
  parts: readonly TQuarterPartContent[],
  asOf: TQuarter = 4,
): Map<string, [number, number, number, number]> {
  const byActivity = new Map<string, [number, number, number, number]>();
  for (const part of parts) {
    if (part.quarter > asOf) continue;
    for (const { activityCode, amount } of part.budget) {
      const quarters = byActivity.get(activityCode) ?? [0, 0, 0, 0];
      quarters[part.quarter - 1] = (quarters[part.quarter - 1] ?? 0) + amount;
      byActivity.set(activityCode, quarters);
    }
  }
  return byActivity;
}
