import type { TAgreementVersion } from '../model/agreement.js';
import type { TIndicatorLevel } from '../model/agreement-indicators.js';
import type { TQuarter, TQuarterly } from '../model/quarter.js';
import type { TQuarterPartContent } from '../model/realisation.js';
import { defaultStatusBands, type TStatusBands } from '../model/status-band.js';
import { achievement } from './achievement.js';
import { absorption, sumRupiah } from './budget.js';
import { spendingByActivity } from './collect.js';
import { buildPerformanceTable, type TPerformanceRow } from './performance-table.js';
import { statusBand } from './status-band.js';

/**
 * One column group of Tabel E.81 as K (kinerja, in the indicator's unit) or Rp (budget): the
 * year's target (column 8), each quarter's realisation (9–12, none after the quarter reported
 * on), the year's realisation so far (13) and its achievement against the target (14, in %).
 */
export type TE81Figures = {
  target: number;
  quarters: TQuarterly<number | null>;
  year: number | null;
  achievement: number | null;
};

/** One row of Tabel E.81: an indicator of an objective, program or activity (or such an owner without one). */
export type TE81Row = {
  level: TIndicatorLevel;
  code: string;
  ownerName: string;
  /** Null for a program or activity that has no indicator of its own (its budget still counts). */
  indicatorName: string | null;
  unit: string | null;
  unitIds: string[];
  kinerja: TE81Figures | null;
  /** The program's or activity's budget; null for an objective, which has none. */
  rupiah: TE81Figures | null;
};

/**
 * Tabel E.81 (Permendagri 86/2017): the evaluation of one agency's Renja as of a quarter. The K
 * figures are the performance table's, the Rp figures the budget table's, so the three agree.
 * Renstra columns (6, 7, 15, 16) need five-year targets, which the agreement does not hold.
 */
export type TE81Table = {
  agencyId: string;
  year: number;
  version: number;
  asOfQuarter: TQuarter;
  rows: TE81Row[];
  /** The agency's budget over all programs. */
  total: TE81Figures;
  /** The mean K achievement (column 14) of the program and activity indicators, and its band. */
  averageAchievement: number | null;
  band: string | null;
  /** What the units wrote of the quarter, per program: what helped, what hindered, the follow-up. */
  factors: { supporting: string[]; obstacles: string[]; actions: string[] };
};

export type E81TableOptions = {
  agreement: TAgreementVersion;
  parts: readonly TQuarterPartContent[];
  asOfQuarter: TQuarter;
  bands?: TStatusBands;
};

const upTo = <T>(asOf: TQuarter, f: (q: TQuarter) => T): TQuarterly<T | null> => [
  f(1),
  asOf >= 2 ? f(2) : null,
  asOf >= 3 ? f(3) : null,
  asOf >= 4 ? f(4) : null,
];

/** K figures from the performance table's row: the year so far against the annual target. */
function kinerjaOf(row: TPerformanceRow, asOf: TQuarter): TE81Figures {
  return {
    target: row.target,
    quarters: upTo(asOf, (q) => row.realisations[q - 1] ?? null),
    year: row.yearRealisation,
    achievement: achievement(row.yearRealisation, row.target, row.polarity),
  };
}

/** Rp figures of an allocation and its quarters' spending. */
function rupiahOf(allocation: number, spent: TQuarterly<number | null>): TE81Figures {
  const year = sumRupiah(spent.filter((amount) => amount !== null));
  return { target: allocation, quarters: spent, year, achievement: absorption(allocation, year) };
}

/** The sum of several Rp figures: a program's over its activities, the agency's over its programs. */
function sumOf(figures: readonly TE81Figures[], asOf: TQuarter): TE81Figures {
  const spent = upTo(asOf, (q) => sumRupiah(figures.map((f) => f.quarters[q - 1] ?? 0)));
  return rupiahOf(sumRupiah(figures.map((f) => f.target)), spent);
}

/** The program and activity achievements (column 14, K) among E.81 rows: what its mean counts. */
export const e81Achievements = (rows: readonly TE81Row[]): number[] =>
  rows.flatMap((row) =>
    row.level !== 'objective' && row.kinerja?.achievement != null ? [row.kinerja.achievement] : [],
  );

/** The mean of achievements, null when there are none. */
export const meanAchievement = (values: readonly number[]): number | null =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;

/** Tabel E.81 of an agreement version and its realisations as of a quarter. */
export function buildE81Table(options: E81TableOptions): TE81Table {
  const { agreement, parts, asOfQuarter, bands = defaultStatusBands } = options;
  const performance = buildPerformanceTable({ agreement, parts, asOfQuarter, bands });
  const spending = spendingByActivity(parts, asOfQuarter);
  const indicatorRows = (level: TIndicatorLevel, code: string) =>
    performance.rows.filter((row) => row.level === level && row.code === code);
  /** An owner's rows: one per indicator, or one without an indicator, each with the owner's budget. */
  const ownerRows = (
    level: TIndicatorLevel,
    owner: { code: string; name: string },
    unitIds: string[],
    rupiah: TE81Figures | null,
  ): TE81Row[] => {
    const rows = indicatorRows(level, owner.code);
    if (rows.length === 0)
      return [
        {
          level,
          code: owner.code,
          ownerName: owner.name,
          indicatorName: null,
          unit: null,
          unitIds,
          kinerja: null,
          rupiah,
        },
      ];
    return rows.map((row) => ({
      level,
      code: owner.code,
      ownerName: owner.name,
      indicatorName: row.indicatorName,
      unit: row.unit,
      unitIds: row.unitIds,
      kinerja: kinerjaOf(row, asOfQuarter),
      rupiah,
    }));
  };
  const programs = agreement.programs.map((program) => {
    const activities = agreement.activities
      .filter((activity) => activity.programCode === program.code)
      .map((activity) => {
        const spent = spending.get(activity.code) ?? [0, 0, 0, 0];
        const rupiah = rupiahOf(
          activity.budget,
          upTo(asOfQuarter, (q) => spent[q - 1] ?? 0),
        );
        return { rupiah, rows: ownerRows('activity', activity, [activity.unitId], rupiah) };
      });
    const rupiah = sumOf(
      activities.map((a) => a.rupiah),
      asOfQuarter,
    );
    return {
      rupiah,
      rows: [
        ...ownerRows('program', program, [program.unitId], rupiah),
        ...activities.flatMap((a) => a.rows),
      ],
    };
  });
  const objectiveRows = agreement.objectives.flatMap((objective) =>
    ownerRows('objective', objective, [], null).filter((row) => row.kinerja !== null),
  );
  const rows = [...objectiveRows, ...programs.flatMap((p) => p.rows)];
  const averageAchievement = meanAchievement(e81Achievements(rows));
  const { agencyId, year, version } = agreement;
  const written = (field: 'supportingFactors' | 'obstacles' | 'actionsTaken') =>
    parts
      .filter((part) => part.quarter === asOfQuarter)
      .flatMap((part) => part.narratives)
      .flatMap((narrative) => {
        const text = narrative[field].trim();
        const program = agreement.programs.find((p) => p.code === narrative.programCode);
        return text ? [`${program?.name ?? narrative.programCode}: ${text}`] : [];
      });
  return {
    agencyId,
    year,
    version,
    asOfQuarter,
    rows,
    total: sumOf(
      programs.map((p) => p.rupiah),
      asOfQuarter,
    ),
    averageAchievement,
    band: statusBand(averageAchievement, bands)?.id ?? null,
    factors: {
      supporting: written('supportingFactors'),
      obstacles: written('obstacles'),
      actions: written('actionsTaken'),
    },
  };
}
