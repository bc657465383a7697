import type { FieldIssue } from '../app-error.js';
import { realisedValue } from '../calc/realised-value.js';
import { quarterAchievement, type TQuarterRealisations } from '../calc/to-date.js';
import type { TAgreementVersion } from '../model/agreement.js';
import { entryUnitId, indicatorPlaces } from '../model/agreement-indicators.js';
import type { TQuarter } from '../model/quarter.js';
import type { TQuarterPartContent } from '../model/realisation.js';

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

const fmt = (x: number) => x.toFixed(2).replace('.', ',');

/**
 * Paths name the indicator (`indicators.<id>.value`) or activity (`activities.<code>.amount`)
 * so a form can link each problem to its field.
 *
 * Every reason a part cannot be submitted yet, all at once: a missing value, a missing
 * explanation where achievement is far off (or nothing is reported), a cumulative value below the
 * previous quarter's, spending above the activity's allocation.
 */
export function checkSubmission(options: SubmissionCheckOptions): FieldIssue[] {
  const { agreement, part, earlierParts, thresholds = defaultExplanationThresholds } = options;
  const quarter: TQuarter = part.quarter;
  const issues: FieldIssue[] = [];
  const entered = indicatorPlaces(agreement).filter((place) => entryUnitId(place) === part.unitId);
  for (const { indicator } of entered) {
    const realisation = part.realisations.find((r) => r.indicatorId === indicator.id);
    const path = `indicators.${indicator.id}`;
    if (!realisation || (realisedValue(realisation) === null && !realisation.nothingToReport)) {
      issues.push({ path: `${path}.value`, message: `"${indicator.name}": realisasi belum diisi` });
      continue;
    }
    const explained = (realisation.explanation ?? '').trim().length > 0;
    if (realisation.nothingToReport) {
      if (!explained)
        issues.push({ path: `${path}.explanation`, message: 'jelaskan mengapa tidak ada yang dilaporkan' });
      continue;
    }
    const at = (q: TQuarter) =>
      q === quarter
        ? realisation
        : earlierParts.find((p) => p.quarter === q)?.realisations.find((r) => r.indicatorId === indicator.id);
    const history: TQuarterRealisations = [at(1), at(2), at(3), at(4)];
    const achieved = quarterAchievement(indicator, history, quarter);
    if (achieved !== null && (achieved < thresholds.below || achieved > thresholds.above) && !explained) {
      issues.push({
        path: `${path}.explanation`,
        message: `capaian ${fmt(achieved)} % di luar ${thresholds.below}–${thresholds.above} %: penjelasan wajib diisi`,
      });
    }
    if (indicator.aggregation === 'cumulative') {
      const previous = history
        .slice(0, quarter - 1)
        .map(realisedValue)
        .filter((v) => v !== null)
        .at(-1);
      const value = realisedValue(realisation);
      if (previous !== undefined && value !== null && value < previous) {
        issues.push({
          path: `${path}.value`,
          message: `nilai kumulatif tidak boleh turun dari triwulan sebelumnya (${fmt(previous)})`,
        });
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
      issues.push({
        path: `activities.${activity.code}.amount`,
        message: `realisasi anggaran melebihi alokasi kegiatan ${activity.code}`,
      });
    }
  }
  return issues;
}
