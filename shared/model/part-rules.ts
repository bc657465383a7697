import type { FieldIssue } from '../app-error.js';
import type { TAgreementVersion } from './agreement.js';
import { entryUnitId, indicatorPlaces } from './agreement-indicators.js';
import type { TQuarterPartContent } from './realisation.js';

/** Reports each key seen before at its later path. */
function repeated(keys: string[], path: (i: number) => string, what: string): FieldIssue[] {
  return keys.flatMap((key, i) =>
    keys.indexOf(key) < i ? [{ path: path(i), message: `${what} "${key}" diisi dua kali` }] : [],
  );
}

/**
 * The issues of a unit's quarter part against the agreement version it is measured by: only
 * indicators the unit enters, ratio parts only for ratio indicators, only its own activities,
 * each at most once.
 */
export function checkQuarterPart(agreement: TAgreementVersion, part: TQuarterPartContent): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (part.agencyId !== agreement.agencyId || part.year !== agreement.year) {
    issues.push({ path: 'year', message: 'bagian laporan bukan untuk perjanjian kinerja tahun ini' });
  }
  if (part.agreementVersion !== agreement.version) {
    issues.push({ path: 'agreementVersion', message: `diukur dengan versi ${agreement.version}` });
  }
  const places = new Map(indicatorPlaces(agreement).map((place) => [place.indicator.id, place]));
  part.realisations.forEach((r, i) => {
    const place = places.get(r.indicatorId);
    if (!place) {
      issues.push({
        path: `realisations.${i}.indicatorId`,
        message: `indikator "${r.indicatorId}" tidak ada`,
      });
    } else if (entryUnitId(place) !== part.unitId) {
      issues.push({ path: `realisations.${i}.indicatorId`, message: 'indikator ini diisi oleh unit lain' });
    } else if (r.numerator !== undefined && !place.indicator.ratio) {
      issues.push({
        path: `realisations.${i}.numerator`,
        message: 'indikator ini bukan rasio: isi nilainya',
      });
    }
  });
  const activities = new Map(agreement.activities.map((a) => [a.code, a]));
  part.budget.forEach((b, i) => {
    if (activities.get(b.activityCode)?.unitId !== part.unitId) {
      issues.push({
        path: `budget.${i}.activityCode`,
        message: `kegiatan "${b.activityCode}" bukan milik unit ini`,
      });
    }
  });
  const programs = new Set([
    ...agreement.programs.filter((p) => p.unitId === part.unitId).map((p) => p.code),
    ...agreement.activities.filter((a) => a.unitId === part.unitId).map((a) => a.programCode),
  ]);
  part.narratives.forEach((n, i) => {
    if (!programs.has(n.programCode)) {
      issues.push({
        path: `narratives.${i}.programCode`,
        message: `program "${n.programCode}" bukan tanggungan unit ini`,
      });
    }
  });
  issues.push(
    ...repeated(
      part.realisations.map((r) => r.indicatorId),
      (i) => `realisations.${i}.indicatorId`,
      'indikator',
    ),
    ...repeated(
      part.budget.map((b) => b.activityCode),
      (i) => `budget.${i}.activityCode`,
      'kegiatan',
    ),
    ...repeated(
      part.narratives.map((n) => n.programCode),
      (i) => `narratives.${i}.programCode`,
      'program',
    ),
  );
  return issues;
}
