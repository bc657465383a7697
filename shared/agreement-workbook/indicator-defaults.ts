import { maxDecimals, type TNumberKind } from '../model/figure.js';
import { type TAggregation, type TPolarity, type TTarget, targetValue } from '../model/indicator.js';
import { targetsEqual } from '../model/target-rules.js';

/**
 * What an agency's own PK table leaves out and the import proposes instead, each shown to the
 * planner as a default before anything is stored (docs/CALCULATIONS.md, "An agency's own PK
 * table"): the direction from the indicator's words, how the year follows from the quarters,
 * and the annual target from them where the table has none.
 */

/** Words of an indicator's name that say a lower figure is better: a rate to bring down. */
const lowerWords = ['menurunnya', 'berkurangnya', 'angka kemiskinan', 'angka kematian', 'prevalensi'];

/** Naik, unless the name holds a word of a figure to bring down (then that word says why). */
export function defaultPolarity(name: string): { polarity: TPolarity; word?: string } {
  const words = name.toLowerCase();
  const word = lowerWords.find((w) => words.includes(w));
  return word ? { polarity: 'lower', word } : { polarity: 'higher' };
}

type TQuarterTargets = readonly [TTarget, TTarget, TTarget, TTarget];

const rises = (values: number[]) => values.every((v, q) => q === 0 || v >= (values[q - 1] ?? v));

/**
 * How the year follows from the quarters, read from the table's figures: the same target every
 * quarter is `level`; quarters adding up to the annual target are `sum`; quarters rising to it at
 * TW4 are `cumulative`. Where both of the last fit (only TW4 has a target) and where nothing fits
 * (the agreement's rules then say why), a count sums and any other figure runs to date.
 */
export function defaultAggregation(
  target: TTarget | undefined,
  quarterTargets: TQuarterTargets,
  kind: TNumberKind,
): TAggregation {
  const quarters = quarterTargets.map(targetValue);
  const byKind: TAggregation = kind === 'count' ? 'sum' : 'cumulative';
  if (target === undefined)
    return quarters.every((q) => targetsEqual(q, quarters[3] ?? q)) ? 'level' : byKind;
  const annual = targetValue(target);
  if (quarters.every((q) => targetsEqual(q, annual))) return 'level';
  const sums = targetsEqual(
    quarters.reduce((sum, q) => sum + q, 0),
    annual,
  );
  const accumulates = rises(quarters) && targetsEqual(quarters[3] ?? Number.NaN, annual);
  if (sums && !accumulates) return 'sum';
  if (accumulates && !sums) return 'cumulative';
  return byKind;
}

/** The annual target a table without one implies: the quarters' sum, or TW4's standing target. */
export function annualTargetOf(aggregation: TAggregation, quarterTargets: TQuarterTargets): TTarget {
  if (aggregation !== 'sum') return quarterTargets[3];
  // Figures carry at most 4 decimals: their sum rounded to 4 is exact (39,29 + … + 0,27 = 65,74).
  return Number(quarterTargets.reduce<number>((sum, q) => sum + targetValue(q), 0).toFixed(maxDecimals));
}
