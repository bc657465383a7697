import type { TAgreementVersion } from '../model/agreement.js';
import { entryUnitId, indicatorPlaces, type TIndicatorLevel } from '../model/agreement-indicators.js';
import type { TIndicator } from '../model/indicator.js';
import { quarters, type TQuarter } from '../model/quarter.js';
import type { TIndicatorRealisation, TQuarterPartContent, TYearParts } from '../model/realisation.js';
import { budgetLines2019, programs2019 } from './hss-2019-budget.js';
import { narratives2019 } from './hss-2019-narratives.js';
import { keyIndicatorFacts2019, objectives2019 } from './hss-2019-objectives.js';
import type { TSeedRow } from './hss-2019-row.js';
import { tabel1Rows } from './hss-2019-tabel-1.js';
import { tabel2Rows } from './hss-2019-tabel-2.js';
import { seedAgency, seedUnits } from './organisation.js';

/** Every indicator row of Tabel 1 and Tabel 2. */
export const seedRows2019: TSeedRow[] = [...tabel1Rows, ...tabel2Rows];

const indicatorsOf = (level: TIndicatorLevel, code: string): TIndicator[] =>
  seedRows2019.filter((row) => row.level === level && row.code === code).map((row) => row.indicator);

function keyIndicatorsOf(code: string) {
  return indicatorsOf('objective', code).map((indicator) => {
    const facts = keyIndicatorFacts2019[indicator.id];
    if (!facts) throw new Error(`no IKU facts for ${indicator.id}`);
    return { ...indicator, ...facts };
  });
}

function agreement2019(version: 1 | 2): TAgreementVersion {
  return {
    agencyId: seedAgency.id,
    year: 2019,
    version,
    kind: version === 1 ? 'murni' : 'perubahan',
    objectives: objectives2019.map((o) => ({ ...o, indicators: keyIndicatorsOf(o.code) })),
    programs: programs2019.map((p) => ({ ...p, indicators: indicatorsOf('program', p.code) })),
    activities: budgetLines2019.map((line) => ({
      code: line.code,
      programCode: line.code.split('.')[0] ?? '',
      name: line.name,
      unitId: line.unitId,
      budget: version === 1 ? line.pk : line.allocation,
      indicators: indicatorsOf('activity', line.code),
    })),
  };
}

/** PK Murni 2019: the Perjanjian Kinerja table's budgets. */
export const agreement2019Murni = agreement2019(1);

/** PK Perubahan 2019: the same targets with the Realisasi Anggaran table's allocations. */
export const agreement2019Perubahan = agreement2019(2);

const notReported = 'Tidak tercantum dalam LKj 2019: Tabel 1 memuat realisasi sampai dengan Triwulan II.';

/**
 * The ratio indicators' parts for the whole year, as Bab III states them: the IKU's 10.249 PMKS
 * mandiri of 16.982 terdata, program 1's 705 of 11.638. The year is computed from them; the
 * quarters, known only as percentages, add up to something else (see SEED-DISCREPANCIES.md).
 */
export const yearParts2019 = {
  'persentase-pmks-mandiri': { numerator: 10_249, denominator: 16_982 },
  'tingkat-pemberdayaan-pmks': { numerator: 705, denominator: 11_638 },
} satisfies Record<string, TYearParts>;
const yearPartsById = new Map<string, TYearParts>(Object.entries(yearParts2019));

/** The realisations a unit enters in a quarter; a blank cell becomes "nothing to report". */
function realisationsOf(unitId: string, quarter: TQuarter): TIndicatorRealisation[] {
  const entered = new Set(
    indicatorPlaces(agreement2019Perubahan)
      .filter((place) => entryUnitId(place) === unitId)
      .map((place) => place.indicator.id),
  );
  return seedRows2019
    .filter((row) => entered.has(row.indicator.id))
    .map(({ indicator, realised }) => {
      const value = realised[quarter - 1];
      const indicatorId = indicator.id;
      const yearParts = quarter === 4 ? yearPartsById.get(indicatorId) : undefined;
      return value == null
        ? { indicatorId, nothingToReport: true, explanation: notReported }
        : { indicatorId, value, ...(yearParts ? { yearParts } : {}) };
    });
}

const unitOfProgram = (code: string) => programs2019.find((p) => p.code === code)?.unitId;

/**
 * Each unit's part of each 2019 quarter. TW1 is measured by PK Murni, TW2–TW4 by PK Perubahan
 * (the report lists "PK Perubahan 2019" among the documents done by Triwulan II). The LKj gives
 * only the year's realisasi per activity, so it is booked in TW4; TW1–TW3 carry no spending.
 */
export const parts2019: TQuarterPartContent[] = quarters.flatMap((quarter) =>
  Object.values(seedUnits).map((unit) => ({
    agencyId: seedAgency.id,
    year: 2019,
    quarter,
    unitId: unit.id,
    agreementVersion: quarter === 1 ? 1 : 2,
    realisations: realisationsOf(unit.id, quarter),
    budget:
      quarter === 4
        ? budgetLines2019
            .filter((l) => l.unitId === unit.id)
            .map((l) => ({ activityCode: l.code, amount: l.realised }))
        : [],
    narratives: narratives2019
      .filter((n) => n.quarter === quarter && unitOfProgram(n.narrative.programCode) === unit.id)
      .map((n) => n.narrative),
  })),
);

/**
 * The demo's agreement for another year, derived from 2019's latest version: same objectives,
 * programs, activities, targets and allocations, as that year's PK Murni.
 */
export function deriveAgreementForYear(
  year: number,
  from: TAgreementVersion = agreement2019Perubahan,
): TAgreementVersion {
  return { ...structuredClone(from), year, version: 1, kind: 'murni' };
}
