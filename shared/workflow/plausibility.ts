import { realisationsByIndicator } from '../calc/collect.js';
import { realisedValue } from '../calc/realised-value.js';
import { roundHalfUp } from '../calc/rounding.js';
import type { TQuarterRealisations } from '../calc/to-date.js';
import { t } from '../i18n.js';
import { plausibilityMessages } from '../messages/plausibility.js';
import type { TAgreementVersion } from '../model/agreement.js';
import { indicatorPlaces } from '../model/agreement-indicators.js';
import type { TConfirmedFigure } from '../model/audit.js';
import { type TIndicator, targetValue } from '../model/indicator.js';
import type { TQuarter } from '../model/quarter.js';
import type { TIndicatorRealisation, TQuarterPartContent } from '../model/realisation.js';

/** How many times its quarter's target, or the previous quarter's figure, a realisation may be before it is questioned. */
const implausibleFactor = 10;

/**
 * Why a realisation looks like a slip: far above its quarter's target or the quarter before (the
 * reference), or any figure against a target of 0. The record keeps the same (`TConfirmedFigure`).
 */
export type TImplausibleFigure = Omit<TConfirmedFigure, 'indicatorId' | 'indicatorCode'>;

/**
 * What a confirmation holds to: the realisation's figure to 4 decimals (a ratio's percentage has
 * more), so changing the figure afterwards asks again.
 */
export const confirmationOf = (value: number): number => roundHalfUp(value, 4);

/**
 * Whether a quarter's realisation asks its division head to check it again (a typed 800 for a
 * target of 8): not a refusal, a question answered by confirming the figure.
 */
export function implausibleFigure(
  indicator: TIndicator,
  history: TQuarterRealisations,
  quarter: TQuarter,
): TImplausibleFigure | null {
  const value = realisedValue(history[quarter - 1]);
  if (value === null) return null;
  const target = targetValue(indicator.quarterTargets[quarter - 1] ?? 0);
  if (target === 0) return value !== 0 ? { rule: 'zeroTarget', value, reference: 0 } : null;
  if (target > 0 && value >= implausibleFactor * target)
    return { rule: 'aboveTarget', value, reference: target };
  const previous = quarter > 1 ? realisedValue(history[quarter - 2]) : null;
  if (previous !== null && previous > 0 && value >= implausibleFactor * previous)
    return { rule: 'abovePrevious', value, reference: previous };
  return null;
}

/** True when the division head confirmed this very figure. */
export const isConfirmed = (
  realisation: TIndicatorRealisation | undefined,
  figure: TImplausibleFigure,
): boolean => realisation?.confirmedFigure === confirmationOf(figure.value);

/** The check's question in the reader's language ("Periksa kembali: 800 jauh di atas target 8"). */
export function implausibleText(figure: TImplausibleFigure): string {
  const m = t(plausibilityMessages);
  if (figure.rule === 'zeroTarget') return m.zeroTarget(figure.value);
  return figure.rule === 'aboveTarget'
    ? m.aboveTarget(figure.value, figure.reference)
    : m.abovePrevious(figure.value, figure.reference);
}

/** A part's figures the check questioned and its division head confirmed: what its submission puts on the record. */
export function confirmedFigures(
  agreement: TAgreementVersion,
  part: TQuarterPartContent,
  earlierParts: readonly TQuarterPartContent[],
): TConfirmedFigure[] {
  const histories = realisationsByIndicator([...earlierParts, part], part.quarter);
  return indicatorPlaces(agreement).flatMap(({ indicator }) => {
    const history = histories.get(indicator.id);
    const figure = history && implausibleFigure(indicator, history, part.quarter);
    if (!history || !figure || !isConfirmed(history[part.quarter - 1], figure)) return [];
    return [{ indicatorId: indicator.id, indicatorCode: indicator.code, ...figure }];
  });
}
