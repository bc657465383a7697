import type { TAgreementVersion } from '../model/agreement.js';
import {
  indicatorPlaces,
  type TIndicatorLevel,
  type TIndicatorPlace,
} from '../model/agreement-indicators.js';
import {
  type TAggregation,
  type TPolarity,
  type TRatio,
  targetGrade,
  targetValue,
} from '../model/indicator.js';
import { quarterly, type TQuarter, type TQuarterly } from '../model/quarter.js';
import type { TQuarterPartContent } from '../model/realisation.js';
import { defaultStatusBands, type TStatusBands } from '../model/status-band.js';
import { achievement } from './achievement.js';
import { isAnnualOnly } from './annual-only.js';
import { atRisk } from './at-risk.js';
import { realisationsByIndicator } from './collect.js';
import { realisedValue } from './realised-value.js';
import { statusBand } from './status-band.js';
import {
  achievementToDate,
  quarterAchievement,
  quartersToDate,
  realisationToDate,
  type TQuarterRealisations,
} from './to-date.js';

/** One indicator's row of the performance table (Tabel Capaian Kinerja); figures unrounded. */
export type TPerformanceRow = {
  level: TIndicatorLevel;
  code: string;
  ownerName: string;
  indicatorId: string;
  indicatorCode: string;
  indicatorName: string;
  unit: string;
  polarity: TPolarity;
  aggregation: TAggregation;
  /** Measured once a year (a target in TW4 only): shown as such, not as 0 %, until scored. */
  annualOnly: boolean;
  ratio: TRatio | null;
  unitIds: string[];
  target: number;
  targetGrade: string | null;
  quarterTargets: TQuarterly<number>;
  realisations: TQuarterly<number | null>;
  ratioParts: TQuarterly<{ numerator: number; denominator: number } | null>;
  nothingToReport: TQuarterly<boolean>;
  explanations: TQuarterly<string | null>;
  quarterAchievements: TQuarterly<number | null>;
  toDateAchievements: TQuarterly<number | null>;
  /** Band of each quarter's achievement to date. */
  toDateBands: TQuarterly<string | null>;
  /** The year's realisation and achievement so far: through `asOfQuarter` (the year's at TW4). */
  yearRealisation: number | null;
  /** A ratio's parts for the year where reported (TW4): the year's realisation is computed from them. */
  yearParts: { numerator: number; denominator: number } | null;
  /** Where the year is read from its parts: what the quarters add up to instead, shown beside it when it differs. */
  yearFromQuarters: number | null;
  yearAchievement: number | null;
  band: string | null;
  /** The year at best if every later quarter meets its own target, when that falls short (see at-risk.ts). */
  atRisk: { bestOnPlan: number; bestAchievement: number | null } | null;
};

/** What a computed table is of: an agency's year under one agreement version, up to a quarter, for a unit. */
export type TTableScope = {
  agencyId: string;
  year: number;
  version: number;
  asOfQuarter: TQuarter;
  /** Null for the agency-wide table. */
  unitId: string | null;
};

export type TPerformanceTable = TTableScope & { rows: TPerformanceRow[] };

export type PerformanceTableOptions = {
  agreement: TAgreementVersion;
  /** The units' parts of the year's quarters (any units, any quarters). */
  parts: readonly TQuarterPartContent[];
  asOfQuarter?: TQuarter;
  /** Only the rows this unit answers for; agency-wide when absent. */
  unitId?: string;
  bands?: TStatusBands;
};

const perQuarter = <T>(f: (q: TQuarter) => T): TQuarterly<T> => [f(1), f(2), f(3), f(4)];

/** One indicator's row from its realisations TW1..asOfQuarter. */
function performanceRow(
  place: TIndicatorPlace,
  r: TQuarterRealisations,
  asOfQuarter: TQuarter,
  bands: TStatusBands,
): TPerformanceRow {
  const { level, code, ownerName, unitIds, indicator } = place;
  const upToDate = <T>(f: (q: TQuarter) => T | null) => perQuarter((q) => (q <= asOfQuarter ? f(q) : null));
  const toDate = upToDate((q) => achievementToDate(indicator, r, q));
  const yearRealisation = realisationToDate(indicator, r, asOfQuarter);
  const yearParts = asOfQuarter === 4 && indicator.ratio ? (r[3]?.yearParts ?? null) : null;
  // Before TW4 the year so far is the achievement to date; at TW4 it is against the annual target.
  const yearAchievement =
    asOfQuarter === 4
      ? achievement(yearRealisation, targetValue(indicator.target), indicator.polarity)
      : (toDate[asOfQuarter - 1] ?? null);
  const parts = (q: TQuarter) => {
    const { numerator, denominator } = r[q - 1] ?? {};
    return numerator !== undefined && denominator !== undefined ? { numerator, denominator } : null;
  };
  return {
    level,
    code,
    ownerName,
    indicatorId: indicator.id,
    indicatorCode: indicator.code,
    indicatorName: indicator.name,
    unit: indicator.unit,
    polarity: indicator.polarity,
    aggregation: indicator.aggregation,
    annualOnly: isAnnualOnly(indicator),
    ratio: indicator.ratio ?? null,
    unitIds,
    target: targetValue(indicator.target),
    targetGrade: targetGrade(indicator.target) ?? null,
    quarterTargets: perQuarter((q) => targetValue(indicator.quarterTargets[q - 1] ?? 0)),
    realisations: perQuarter((q) => realisedValue(r[q - 1])),
    ratioParts: perQuarter(parts),
    nothingToReport: perQuarter((q) => r[q - 1]?.nothingToReport === true),
    explanations: perQuarter((q) => r[q - 1]?.explanation ?? null),
    quarterAchievements: upToDate((q) => quarterAchievement(indicator, r, q)),
    toDateAchievements: toDate,
    toDateBands: perQuarter((q) => statusBand(toDate[q - 1] ?? null, bands)?.id ?? null),
    yearRealisation,
    yearParts,
    yearFromQuarters: yearParts && quartersToDate(indicator, r, 4),
    yearAchievement,
    band: statusBand(yearAchievement, bands)?.id ?? null,
    atRisk: bestOnPlanIfShort(indicator, r, asOfQuarter),
  };
}

function bestOnPlanIfShort(indicator: TIndicatorPlace['indicator'], r: TQuarterRealisations, q: TQuarter) {
  const risk = atRisk(indicator, r, q);
  return risk && { bestOnPlan: risk.bestOnPlan, bestAchievement: risk.bestAchievement };
}

/**
 * Where a cumulative or level indicator has no value of its own in a quarter but an achievement
 * to date, that achievement is an earlier quarter's value carried over against this quarter's
 * target (DOMAIN: the latest value against the latest target): IKU-1 at TW4, 22,80 of TW2 against
 * 23,50 = 97,02 %. Returns that quarter and its value, so a "–" beside 97,02 % says why; null
 * otherwise (a sum's to date is its quarters' total, and a ratio's year at TW4 is its year's parts).
 */
export function carriedToDate(
  row: Pick<TPerformanceRow, 'aggregation' | 'realisations' | 'toDateAchievements' | 'yearParts'>,
  quarter: TQuarter,
): { quarter: TQuarter; value: number } | null {
  const q = quarter - 1;
  if (row.aggregation === 'sum' || row.realisations[q] !== null || row.toDateAchievements[q] == null)
    return null;
  if (quarter === 4 && row.yearParts) return null;
  for (let earlier = q - 1; earlier >= 0; earlier--) {
    const value = row.realisations[earlier];
    if (value != null) return { quarter: (earlier + 1) as TQuarter, value };
  }
  return null;
}

/** The computed performance table of an agreement version and its realisations, per unit or agency-wide. */
export function buildPerformanceTable(options: PerformanceTableOptions): TPerformanceTable {
  const { agreement, parts, asOfQuarter = 4, unitId, bands = defaultStatusBands } = options;
  const collected = realisationsByIndicator(parts, asOfQuarter);
  const rows = indicatorPlaces(agreement)
    .filter((place) => unitId === undefined || place.unitIds.includes(unitId))
    .map((place) =>
      performanceRow(place, collected.get(place.indicator.id) ?? quarterly(undefined), asOfQuarter, bands),
    );
  const { agencyId, year, version } = agreement;
  return { agencyId, year, version, asOfQuarter, unitId: unitId ?? null, rows };
}
