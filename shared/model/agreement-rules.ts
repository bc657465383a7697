import { type FieldIssue, fieldIssue } from '../app-error.js';
import { formatNumber } from '../calc/format.js';
import { currentLocale, t } from '../i18n.js';
import { ruleMessages, type TRuleMessages } from '../messages/rules.js';
import { zodLocaleError } from '../zod-locale.js';
import { type TAgreementVersion, ZAgreementVersionSchema } from './agreement.js';
import { indicatorPlaces } from './agreement-indicators.js';
import type { TUnit } from './organisation.js';
import { agreementSizeIssues } from './stored-size.js';
import { checkTargetFigures, checkTargets } from './target-rules.js';

const fmt = (x: number) => formatNumber(x, { locale: currentLocale(), maxDecimals: 6 });

/** Reports each value seen before at its later path. */
function duplicates(
  entries: { path: string; value: string }[],
  what: keyof TRuleMessages['uniqueInAgreement'],
): FieldIssue[] {
  const seen = new Set<string>();
  return entries.flatMap(({ path, value }) => {
    if (seen.has(value)) {
      const m = t(ruleMessages);
      return [fieldIssue(path, m.alreadyUsed(m.uniqueInAgreement[what], value))];
    }
    seen.add(value);
    return [];
  });
}

function checkStructure(agreement: TAgreementVersion, units: readonly TUnit[]): FieldIssue[] {
  const m = t(ruleMessages);
  const issues: FieldIssue[] = [];
  const unitIds = new Set(units.filter((u) => u.agencyId === agreement.agencyId).map((u) => u.id));
  const unknownUnit = (path: string, id: string) =>
    unitIds.has(id) ? [] : [fieldIssue(path, m.unitNotInAgency(id))];
  const programCodes = new Set(agreement.programs.map((p) => p.code));

  if ((agreement.version === 1) !== (agreement.kind === 'murni')) {
    issues.push(fieldIssue('kind', m.versionKind));
  }
  agreement.objectives.forEach((objective, o) => {
    objective.indicators.forEach((indicator, i) => {
      indicator.responsibleUnitIds.forEach((id, u) => {
        issues.push(...unknownUnit(`objectives.${o}.indicators.${i}.responsibleUnitIds.${u}`, id));
      });
    });
  });
  agreement.programs.forEach((program, p) => {
    issues.push(...unknownUnit(`programs.${p}.unitId`, program.unitId));
  });
  agreement.activities.forEach((activity, a) => {
    const path = `activities.${a}`;
    if (!programCodes.has(activity.programCode)) {
      issues.push(fieldIssue(`${path}.programCode`, m.programMissing(activity.programCode)));
    } else if (!activity.code.startsWith(`${activity.programCode}.`)) {
      issues.push(fieldIssue(`${path}.code`, m.activityCodePrefix(activity.programCode)));
    }
    // Defensive: callers may build agreements without parsing them first.
    if (!Number.isSafeInteger(activity.budget) || activity.budget < 0) {
      issues.push(fieldIssue(`${path}.budget`, m.budgetNotRupiah(fmt(activity.budget))));
    }
    issues.push(...unknownUnit(`${path}.unitId`, activity.unitId));
  });
  return issues;
}

function checkUniqueness(agreement: TAgreementVersion): FieldIssue[] {
  const places = indicatorPlaces(agreement);
  const codes = (list: { code: string }[], level: string) =>
    list.map(({ code }, i) => ({ path: `${level}.${i}.code`, value: code }));
  return [
    ...duplicates(codes(agreement.objectives, 'objectives'), 'objectiveCode'),
    ...duplicates(codes(agreement.programs, 'programs'), 'programCode'),
    ...duplicates(codes(agreement.activities, 'activities'), 'activityCode'),
    ...duplicates(
      places.map(({ path, indicator }) => ({ path: `${path}.id`, value: indicator.id })),
      'indicatorId',
    ),
    ...duplicates(
      places.map(({ path, indicator }) => ({ path: `${path}.code`, value: indicator.code })),
      'indicatorCode',
    ),
  ];
}

/**
 * Every rule across fields an agreement version breaks, each with its field path (the whole
 * content's, '', when it is too large to store) and a message in the reader's language; empty
 * when the version is consistent.
 */
export function checkAgreement(agreement: TAgreementVersion, units: readonly TUnit[]): FieldIssue[] {
  return [
    ...agreementSizeIssues(agreement),
    ...checkStructure(agreement, units),
    ...checkUniqueness(agreement),
    ...indicatorPlaces(agreement).flatMap(({ path, indicator }) => [
      ...checkTargetFigures(indicator, path),
      ...checkTargets(indicator, path),
    ]),
  ];
}

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

export type AgreementValidation =
  | { success: true; data: TAgreementVersion }
  | { success: false; issues: FieldIssue[] };

/** Parses an agreement version and checks its rules: the data, or all issues at once. */
export function validateAgreementVersion(input: unknown, units: readonly TUnit[]): AgreementValidation {
  const parsed = ZAgreementVersionSchema.safeParse(input, { error: zodLocaleError });
  if (!parsed.success) {
    return {
      success: false,
      issues: parsed.error.issues.map((i) => ({ path: pathOf(i.path), message: i.message })),
    };
  }
  const issues = checkAgreement(parsed.data, units);
  return issues.length > 0 ? { success: false, issues } : { success: true, data: parsed.data };
}
