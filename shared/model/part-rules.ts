import { type FieldIssue, fieldIssue } from '../app-error.js';
import type { TText } from '../i18n.js';
import type { TAgreementVersion } from './agreement.js';
import { entryUnitId, indicatorPlaces } from './agreement-indicators.js';
import { figureProblem, numberKindOf } from './figure.js';
import type { TQuarterPartContent } from './realisation.js';

/** Reports each key seen before at its later path. */
function repeated(keys: string[], path: (i: number) => string, what: TText): FieldIssue[] {
  return keys.flatMap((key, i) =>
    keys.indexOf(key) < i
      ? [
          fieldIssue(path(i), {
            id: `${what.id} "${key}" diisi dua kali`,
            en: `${what.en} "${key}" is entered twice`,
          }),
        ]
      : [],
  );
}

/**
 * The issues of a unit's quarter part against the agreement version it is measured by: only
 * indicators the unit enters, values of the indicator's number kind, ratio parts only for ratio
 * indicators, only its own activities, each at most once.
 */
export function checkQuarterPart(agreement: TAgreementVersion, part: TQuarterPartContent): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (part.agencyId !== agreement.agencyId || part.year !== agreement.year) {
    issues.push(
      fieldIssue('year', {
        id: 'bagian laporan bukan untuk perjanjian kinerja tahun ini',
        en: "this part of the report is not for this year's performance agreement",
      }),
    );
  }
  if (part.agreementVersion !== agreement.version) {
    issues.push(
      fieldIssue('agreementVersion', {
        id: `diukur dengan versi ${agreement.version}`,
        en: `measured against version ${agreement.version}`,
      }),
    );
  }
  const places = new Map(indicatorPlaces(agreement).map((place) => [place.indicator.id, place]));
  part.realisations.forEach((r, i) => {
    const place = places.get(r.indicatorId);
    const at = `realisations.${i}`;
    if (!place) {
      issues.push(
        fieldIssue(`${at}.indicatorId`, {
          id: `indikator "${r.indicatorId}" tidak ada`,
          en: `indicator "${r.indicatorId}" does not exist`,
        }),
      );
    } else if (entryUnitId(place) !== part.unitId) {
      issues.push(
        fieldIssue(`${at}.indicatorId`, {
          id: 'indikator ini diisi oleh unit lain',
          en: 'another unit enters this indicator',
        }),
      );
    } else if (r.numerator !== undefined && !place.indicator.ratio) {
      issues.push(
        fieldIssue(`${at}.numerator`, {
          id: 'indikator ini bukan rasio: isi nilainya',
          en: 'this indicator is not a ratio: enter its value',
        }),
      );
    } else if (r.value !== undefined) {
      const problem = figureProblem(numberKindOf(place.indicator), r.value);
      if (problem) issues.push(fieldIssue(`${at}.value`, problem));
    }
  });
  const activities = new Map(agreement.activities.map((a) => [a.code, a]));
  part.budget.forEach((b, i) => {
    if (activities.get(b.activityCode)?.unitId !== part.unitId) {
      issues.push(
        fieldIssue(`budget.${i}.activityCode`, {
          id: `kegiatan "${b.activityCode}" bukan milik unit ini`,
          en: `activity "${b.activityCode}" does not belong to this unit`,
        }),
      );
    }
  });
  const programs = new Set([
    ...agreement.programs.filter((p) => p.unitId === part.unitId).map((p) => p.code),
    ...agreement.activities.filter((a) => a.unitId === part.unitId).map((a) => a.programCode),
  ]);
  part.narratives.forEach((n, i) => {
    if (!programs.has(n.programCode)) {
      issues.push(
        fieldIssue(`narratives.${i}.programCode`, {
          id: `program "${n.programCode}" bukan tanggungan unit ini`,
          en: `program "${n.programCode}" is not this unit's responsibility`,
        }),
      );
    }
  });
  issues.push(
    ...repeated(
      part.realisations.map((r) => r.indicatorId),
      (i) => `realisations.${i}.indicatorId`,
      { id: 'indikator', en: 'indicator' },
    ),
    ...repeated(
      part.budget.map((b) => b.activityCode),
      (i) => `budget.${i}.activityCode`,
      { id: 'kegiatan', en: 'activity' },
    ),
    ...repeated(
      part.narratives.map((n) => n.programCode),
      (i) => `narratives.${i}.programCode`,
      { id: 'program', en: 'program' },
    ),
  );
  return issues;
}
