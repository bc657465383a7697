import type { TAgreementVersion } from '../model/agreement.js';
import { entryUnitId, indicatorPlaces } from '../model/agreement-indicators.js';
import type { TIndicator } from '../model/indicator.js';
import type { TIndicatorRealisation, TQuarterPartContent } from '../model/realisation.js';

/** Entered means a figure or an explicit "nothing to report": a blank row is still to do. */
const isEntered = (r: TIndicatorRealisation): boolean =>
  r.value !== undefined || r.numerator !== undefined || r.nothingToReport === true;

/**
 * The indicators a unit enters that its part does not answer yet, in report order: what a
 * reminder lists. Without a part (never opened) every indicator of the unit is still empty.
 */
export function emptyIndicators(
  agreement: TAgreementVersion,
  unitId: string,
  part?: Pick<TQuarterPartContent, 'realisations'>,
): TIndicator[] {
  const entered = new Set(part?.realisations.filter(isEntered).map((r) => r.indicatorId));
  return indicatorPlaces(agreement)
    .filter((place) => entryUnitId(place) === unitId && !entered.has(place.indicator.id))
    .map((place) => place.indicator);
}
