import { type FieldIssue, fieldIssue } from '../app-error.js';
import { t } from '../i18n.js';
import { ruleMessages, type TRuleMessages } from '../messages/rules.js';
import type { TAgreementVersion } from './agreement.js';
import { entryUnitId, indicatorPlaces } from './agreement-indicators.js';
import { figureProblem, numberKindOf } from './figure.js';
import type { TQuarterPartContent } from './realisation.js';
import type { TReviewComments } from './records.js';
import { partSizeIssues, reviewSizeIssues } from './stored-size.js';

/** Reports each key seen before at its later path. */
function repeated(
  keys: string[],
  path: (i: number) => string,
  what: keyof TRuleMessages['enteredOnce'],
): FieldIssue[] {
  const m = t(ruleMessages);
  return keys.flatMap((key, i) =>
    keys.indexOf(key) < i ? [fieldIssue(path(i), m.enteredTwice(m.enteredOnce[what], key))] : [],
  );
}

/**
 * The issues of a unit's quarter part against the agreement version it is measured by: only
 * indicators the unit enters, values of the indicator's number kind, ratio parts only for ratio
 * indicators, only its own activities, each at most once; and small enough to store (path '').
 */
export function checkQuarterPart(agreement: TAgreementVersion, part: TQuarterPartContent): FieldIssue[] {
  const m = t(ruleMessages);
  const issues: FieldIssue[] = [...partSizeIssues(part)];
  if (part.agencyId !== agreement.agencyId || part.year !== agreement.year) {
    issues.push(fieldIssue('year', m.partNotForAgreement));
  }
  if (part.agreementVersion !== agreement.version) {
    issues.push(fieldIssue('agreementVersion', m.measuredAgainst(agreement.version)));
  }
  const places = new Map(indicatorPlaces(agreement).map((place) => [place.indicator.id, place]));
  part.realisations.forEach((r, i) => {
    const place = places.get(r.indicatorId);
    const at = `realisations.${i}`;
    if (!place) {
      issues.push(fieldIssue(`${at}.indicatorId`, m.indicatorMissing(r.indicatorId)));
    } else if (entryUnitId(place) !== part.unitId) {
      issues.push(fieldIssue(`${at}.indicatorId`, m.indicatorOfOtherUnit));
    } else if (r.numerator !== undefined && !place.indicator.ratio) {
      issues.push(fieldIssue(`${at}.numerator`, m.notARatio));
    } else if (r.yearParts !== undefined && (!place.indicator.ratio || part.quarter !== 4)) {
      issues.push(fieldIssue(`${at}.yearParts`, m.yearPartsOnlyRatioTw4));
    } else if (r.value !== undefined) {
      const problem = figureProblem(numberKindOf(place.indicator), r.value);
      if (problem) issues.push(fieldIssue(`${at}.value`, problem));
    }
  });
  const activities = new Map(agreement.activities.map((a) => [a.code, a]));
  part.budget.forEach((b, i) => {
    if (activities.get(b.activityCode)?.unitId !== part.unitId) {
      issues.push(fieldIssue(`budget.${i}.activityCode`, m.activityNotOfUnit(b.activityCode)));
    }
  });
  const programs = new Set([
    ...agreement.programs.filter((p) => p.unitId === part.unitId).map((p) => p.code),
    ...agreement.activities.filter((a) => a.unitId === part.unitId).map((a) => a.programCode),
  ]);
  part.narratives.forEach((n, i) => {
    if (!programs.has(n.programCode)) {
      issues.push(fieldIssue(`narratives.${i}.programCode`, m.programNotOfUnit(n.programCode)));
    }
  });
  issues.push(
    ...repeated(
      part.realisations.map((r) => r.indicatorId),
      (i) => `realisations.${i}.indicatorId`,
      'indicator',
    ),
    ...repeated(
      part.budget.map((b) => b.activityCode),
      (i) => `budget.${i}.activityCode`,
      'activity',
    ),
    ...repeated(
      part.narratives.map((n) => n.programCode),
      (i) => `narratives.${i}.programCode`,
      'program',
    ),
  );
  return issues;
}

/**
 * The issues of a reviewer's comments on a unit's part: each for an indicator the unit enters
 * (`indicatorComments.<id>`), and all of them small enough to store with the part (path '').
 */
export function checkReview(
  agreement: TAgreementVersion,
  part: TQuarterPartContent,
  review: TReviewComments,
): FieldIssue[] {
  const m = t(ruleMessages);
  const places = new Map(indicatorPlaces(agreement).map((place) => [place.indicator.id, place]));
  const misplaced = Object.keys(review.indicatorComments).flatMap((id) => {
    const place = places.get(id);
    const path = `indicatorComments.${id}`;
    if (!place) return [fieldIssue(path, m.indicatorMissing(id))];
    return entryUnitId(place) === part.unitId ? [] : [fieldIssue(path, m.indicatorOfOtherUnit)];
  });
  return misplaced.length > 0 ? misplaced : reviewSizeIssues(part, review);
}
