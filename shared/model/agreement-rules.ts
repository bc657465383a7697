import { z } from 'zod';
import type { FieldIssue } from '../app-error.js';
import { formatNumber } from '../calc/format.js';
import { type TAgreementVersion, ZAgreementVersionSchema } from './agreement.js';
import { indicatorPlaces } from './agreement-indicators.js';
import type { TUnit } from './organisation.js';
import { checkTargets } from './target-rules.js';

const fmt = (x: number) => formatNumber(x, { maxDecimals: 6 });

/** Reports each value seen before at its later path. */
function duplicates(entries: { path: string; value: string }[], what: string): FieldIssue[] {
  const seen = new Set<string>();
  return entries.flatMap(({ path, value }) => {
    if (seen.has(value)) return [{ path, message: `${what} "${value}" sudah dipakai` }];
    seen.add(value);
    return [];
  });
}

function checkStructure(agreement: TAgreementVersion, units: readonly TUnit[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const unitIds = new Set(units.filter((u) => u.agencyId === agreement.agencyId).map((u) => u.id));
  const unknownUnit = (path: string, id: string) =>
    unitIds.has(id) ? [] : [{ path, message: `unit "${id}" tidak ada di perangkat daerah ini` }];
  const programCodes = new Set(agreement.programs.map((p) => p.code));

  if ((agreement.version === 1) !== (agreement.kind === 'murni')) {
    issues.push({ path: 'kind', message: 'versi 1 adalah PK Murni, versi berikutnya PK Perubahan' });
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
      issues.push({ path: `${path}.programCode`, message: `program "${activity.programCode}" tidak ada` });
    } else if (!activity.code.startsWith(`${activity.programCode}.`)) {
      issues.push({
        path: `${path}.code`,
        message: `kode kegiatan harus diawali kode programnya "${activity.programCode}."`,
      });
    }
    // Defensive: callers may build agreements without parsing them first.
    if (!Number.isSafeInteger(activity.budget) || activity.budget < 0) {
      issues.push({
        path: `${path}.budget`,
        message: `anggaran ${fmt(activity.budget)} harus bilangan bulat Rupiah ≥ 0`,
      });
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
    ...duplicates(codes(agreement.objectives, 'objectives'), 'kode sasaran'),
    ...duplicates(codes(agreement.programs, 'programs'), 'kode program'),
    ...duplicates(codes(agreement.activities, 'activities'), 'kode kegiatan'),
    ...duplicates(
      places.map(({ path, indicator }) => ({ path: `${path}.id`, value: indicator.id })),
      'id indikator',
    ),
    ...duplicates(
      places.map(({ path, indicator }) => ({ path: `${path}.code`, value: indicator.code })),
      'kode indikator',
    ),
  ];
}

/**
 * Every rule across fields an agreement version breaks, each with its field path and an
 * Indonesian message; empty when the version is consistent.
 */
export function checkAgreement(agreement: TAgreementVersion, units: readonly TUnit[]): FieldIssue[] {
  return [
    ...checkStructure(agreement, units),
    ...checkUniqueness(agreement),
    ...indicatorPlaces(agreement).flatMap(({ path, indicator }) => checkTargets(indicator, path)),
  ];
}

const indonesian = z.locales.id();
const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

export type AgreementValidation =
  | { success: true; data: TAgreementVersion }
  | { success: false; issues: FieldIssue[] };

/** Parses an agreement version and checks its rules: the data, or all issues at once. */
export function validateAgreementVersion(input: unknown, units: readonly TUnit[]): AgreementValidation {
  const parsed = ZAgreementVersionSchema.safeParse(input, { error: indonesian.localeError });
  if (!parsed.success) {
    return {
      success: false,
      issues: parsed.error.issues.map((i) => ({ path: pathOf(i.path), message: i.message })),
    };
  }
  const issues = checkAgreement(parsed.data, units);
  return issues.length > 0 ? { success: false, issues } : { success: true, data: parsed.data };
}
