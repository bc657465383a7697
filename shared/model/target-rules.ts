import { type FieldIssue, fieldIssue } from '../app-error.js';
import { formatNumber } from '../calc/format.js';
import { currentLocale, t } from '../i18n.js';
import { ruleMessages } from '../messages/rules.js';
import { figureProblem, numberKindOf } from './figure.js';
import { type TIndicator, targetValue } from './indicator.js';

const fmt = (x: number) => formatNumber(x, { locale: currentLocale(), maxDecimals: 6 });

/** Decimal targets (65,74 = 39,29 + 19,61 + 6,57 + 0,27) do not add up exactly in binary. */
export const targetsEqual = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The issues of an indicator's targets against its number kind: whole counts, no negatives unless signed. */
export function checkTargetFigures(indicator: TIndicator, path: string): FieldIssue[] {
  const kind = numberKindOf(indicator);
  const targets = [
    { at: `${path}.target`, target: indicator.target },
    ...indicator.quarterTargets.map((target, q) => ({ at: `${path}.quarterTargets.${q}`, target })),
  ];
  return targets.flatMap(({ at, target }) => {
    const problem = figureProblem(kind, targetValue(target));
    return problem ? [fieldIssue(at, problem)] : [];
  });
}

/**
 * The issues of an indicator's quarter targets against its annual target, by aggregation kind:
 * sum-kind quarters add up to it, cumulative ones never decrease and end at it, level ones equal it.
 */
export function checkTargets(indicator: TIndicator, path: string): FieldIssue[] {
  const annual = targetValue(indicator.target);
  const targets = indicator.quarterTargets.map(targetValue);
  const at = (q: number) => `${path}.quarterTargets.${q}`;
  const m = t(ruleMessages);
  switch (indicator.aggregation) {
    case 'sum': {
      const total = targets.reduce((sum, target) => sum + target, 0);
      if (targetsEqual(total, annual)) return [];
      return [fieldIssue(`${path}.quarterTargets`, m.targetsSum(fmt(total), fmt(annual)))];
    }
    case 'cumulative': {
      const issues: FieldIssue[] = [];
      targets.forEach((target, q) => {
        const before = targets[q - 1];
        if (before !== undefined && target < before && !targetsEqual(target, before)) {
          issues.push(fieldIssue(at(q), m.cumulativeTargetFalls(q + 1, fmt(target), fmt(before))));
        }
      });
      if (!targetsEqual(targets[3] ?? Number.NaN, annual)) {
        issues.push(fieldIssue(at(3), m.cumulativeTargetEnd(fmt(annual))));
      }
      return issues;
    }
    case 'level':
      return targets.flatMap((target, q) =>
        targetsEqual(target, annual)
          ? []
          : [fieldIssue(at(q), m.levelTarget(q + 1, fmt(target), fmt(annual)))],
      );
  }
}
