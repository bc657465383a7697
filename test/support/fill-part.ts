import type { TAgreementVersion } from '../../shared/model/agreement.js';
import { entryUnitId, indicatorPlaces } from '../../shared/model/agreement-indicators.js';
import { targetValue } from '../../shared/model/indicator.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import type { TQuarterPartContent } from '../../shared/model/realisation.js';

/** A complete entry for a unit's quarter: every indicator on target, some spending, the narratives. */
export function completeEntry(agreement: TAgreementVersion, unitId: string, quarter: TQuarter) {
  const realisations: TQuarterPartContent['realisations'] = indicatorPlaces(agreement)
    .filter((place) => entryUnitId(place) === unitId)
    .map(({ indicator }) => {
      const target = targetValue(indicator.quarterTargets[quarter - 1] ?? 0);
      return indicator.ratio
        ? { indicatorId: indicator.id, numerator: target * 100, denominator: 10_000 }
        : { indicatorId: indicator.id, value: target };
    });
  const activities = agreement.activities.filter((activity) => activity.unitId === unitId);
  const budget = activities.map((activity) => ({
    activityCode: activity.code,
    amount: Math.floor(activity.budget / 4),
  }));
  const narratives = agreement.programs
    .filter((program) => program.unitId === unitId)
    .map((program) => ({
      programCode: program.code,
      activitiesCarriedOut: 'Kegiatan dilaksanakan sesuai rencana.',
      supportingFactors: 'Dukungan pemerintah desa.',
      obstacles: 'Cuaca.',
      actionsTaken: 'Penjadwalan ulang.',
    }));
  return { realisations, budget, narratives };
}

/** The seed's division head (or secretary) who enters each unit's part. */
export const headOf: Readonly<Record<string, string>> = {
  sekretariat: 'sekretaris',
  'pemberdayaan-sosial': 'kabid-pemberdayaan',
  'pelayanan-rehabilitasi': 'kabid-rehabilitasi',
  'perlindungan-jaminan': 'kabid-perlindungan',
};
