import { type FieldIssue, fieldIssue } from '../app-error.js';
import { formatNumber, formatPercent } from '../calc/format.js';
import { realisedValue } from '../calc/realised-value.js';
import { quarterAchievement, type TQuarterRealisations } from '../calc/to-date.js';
import { currentLocale, t } from '../i18n.js';
import { plausibilityMessages } from '../messages/plausibility.js';
import { ruleMessages } from '../messages/rules.js';
import type { TAgreementVersion } from '../model/agreement.js';
import { entryUnitId, indicatorPlaces } from '../model/agreement-indicators.js';
import type { TQuarter } from '../model/quarter.js';
import type { TQuarterPartContent } from '../model/realisation.js';
import { implausibleFigure, implausibleText, isConfirmed } from './plausibility.js';

/** Achievements outside [below, above] need an explanation. */
export type TExplanationThresholds = { below: number; above: number };
export const defaultExplanationThresholds: TExplanationThresholds = { below: 75, above: 150 };

export type SubmissionCheckOptions = {
  agreement: TAgreementVersion;
  part: TQuarterPartContent;
  /** The same unit's parts of the earlier quarters of the year. */
  earlierParts: readonly TQuarterPartContent[];
  thresholds?: TExplanationThresholds;
};

/** A figure in the reader's language, with `decimals` fixed where given. */
const fmt = (x: number, decimals?: number) => formatNumber(x, { locale: currentLocale(), decimals });

/**
 * Paths name the indicator (`indicators.<id>.value`) or activity (`activities.<code>.amount`)
 * so a form can link each problem to its field.
 *
 * Every reason a part cannot be submitted yet, all at once: a missing value, a missing
 * explanation where achievement is far off (or nothing is reported), an implausible figure not
 * confirmed, a cumulative value below the previous quarter's, spending above the activity's
 * allocation.
 */
export function checkSubmission(options: SubmissionCheckOptions): FieldIssue[] {
  const { agreement, part, earlierParts, thresholds = defaultExplanationThresholds } = options;
  const quarter: TQuarter = part.quarter;
  const m = t(ruleMessages);
  const issues: FieldIssue[] = [];
  const entered = indicatorPlaces(agreement).filter((place) => entryUnitId(place) === part.unitId);
  for (const { indicator } of entered) {
    const realisation = part.realisations.find((r) => r.indicatorId === indicator.id);
    const path = `indicators.${indicator.id}`;
    if (!realisation || (realisedValue(realisation) === null && !realisation.nothingToReport)) {
      issues.push(fieldIssue(`${path}.value`, m.realisationMissing));
      continue;
    }
    const explained = (realisation.explanation ?? '').trim().length > 0;
    if (realisation.nothingToReport) {
      if (!explained) issues.push(fieldIssue(`${path}.explanation`, m.explainNothingToReport));
      continue;
    }
    const at = (q: TQuarter) =>
      q === quarter
        ? realisation
        : earlierParts.find((p) => p.quarter === q)?.realisations.find((r) => r.indicatorId === indicator.id);
    const history: TQuarterRealisations = [at(1), at(2), at(3), at(4)];
    const achieved = quarterAchievement(indicator, history, quarter);
    if (achieved !== null && (achieved < thresholds.below || achieved > thresholds.above) && !explained) {
      const achievement = formatPercent(achieved, currentLocale());
      const message = m.explainAchievement(achievement, fmt(thresholds.below), fmt(thresholds.above));
      issues.push(fieldIssue(`${path}.explanation`, message));
    }
    const implausible = implausibleFigure(indicator, history, quarter);
    if (implausible && !isConfirmed(realisation, implausible)) {
      issues.push(
        fieldIssue(
          `${path}.value`,
          `${implausibleText(implausible)}. ${t(plausibilityMessages).confirmHint}`,
        ),
      );
    }
    if (indicator.aggregation === 'cumulative') {
      const previous = history
        .slice(0, quarter - 1)
        .map(realisedValue)
        .filter((v) => v !== null)
        .at(-1);
      const value = realisedValue(realisation);
      if (previous !== undefined && value !== null && value < previous) {
        issues.push(fieldIssue(`${path}.value`, m.cumulativeValueFalls(fmt(previous, 2))));
      }
    }
  }
  const spent = (code: string) =>
    [...earlierParts, part]
      .flatMap((p) => p.budget)
      .filter((b) => b.activityCode === code)
      .reduce((sum, b) => sum + b.amount, 0);
  for (const line of part.budget) {
    const activity = agreement.activities.find((a) => a.code === line.activityCode);
    if (activity && spent(line.activityCode) > activity.budget) {
      issues.push(fieldIssue(`activities.${activity.code}.amount`, m.spendingAboveAllocation(activity.code)));
    }
  }
  return issues;
}
