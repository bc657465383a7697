import type { TIndicatorLevel } from '../model/agreement-indicators.js';
import type { TNumberKind } from '../model/figure.js';
import type { TAggregation, TIndicator, TTarget } from '../model/indicator.js';
import type { TQuarterly } from '../model/quarter.js';

/** One indicator row of the report's Tabel 1 or Tabel 2, as typed. */
export type TSeedRow = {
  table: 'Tabel 1' | 'Tabel 2';
  /** Its owner in this seed's numbering (see programs2019). */
  level: TIndicatorLevel;
  code: string;
  indicator: TIndicator;
  /** Realisasi TW1..TW4, the report's raw inputs; null where the report leaves the cell blank. */
  realised: TQuarterly<number | null>;
  /** Capaian TW1..TW4 exactly as typed ("92,31", "2229", "100%"); null where blank. Not inputs. */
  typedAchievements: TQuarterly<string | null>;
};

/**
 * A row's inputs in the table's column order: owner ("S3" objective 3, "P1" program 1, "1.1"
 * activity 1.1), satuan, aggregation kind, annual target, TW1..TW4 targets, realisasi.
 */
export type TRowFigures = [
  owner: string,
  unit: string,
  aggregation: TAggregation,
  target: TTarget,
  quarterTargets: TQuarterly<TTarget>,
  realised: TQuarterly<number | null>,
];

/** The table's capaian columns TW1..TW4 as typed, by indicator id. */
export type TTypedAchievements = Record<string, TQuarterly<string | null>>;

/** The number kind of each unit the report uses: persons, things and documents are counted. */
const seedNumberKinds: Record<string, TNumberKind> = {
  Orang: 'count',
  Buah: 'count',
  KPM: 'count',
  Dokumen: 'count',
  Persen: 'decimal',
  Indeks: 'decimal',
  'Nilai/Predikat': 'decimal',
};

function ownerOf(owner: string): { level: TIndicatorLevel; code: string } {
  if (owner.startsWith('S')) return { level: 'objective', code: owner.slice(1) };
  if (owner.startsWith('P')) return { level: 'program', code: owner.slice(1) };
  return { level: 'activity', code: owner };
}

/**
 * A table's rows from its inputs, names and typed capaian by indicator id, in order. Indicator
 * codes follow the owner: IKU-3 for objective 3's, 1.a / 1.b for program 1's, 1.4.a / 1.4.b for
 * activity 1.4's. Every seed indicator is higher-is-better; its number kind follows its unit.
 */
export function tableRows(
  table: TSeedRow['table'],
  figures: Record<string, TRowFigures>,
  names: Record<string, string>,
  typed: TTypedAchievements,
  extras: Record<string, Partial<TIndicator>> = {},
): TSeedRow[] {
  const seen = new Map<string, number>();
  return Object.entries(figures).map(([id, [owner, unit, aggregation, target, quarterTargets, realised]]) => {
    const { level, code } = ownerOf(owner);
    const index = seen.get(owner) ?? 0;
    seen.set(owner, index + 1);
    const indicatorCode = level === 'objective' ? `IKU-${code}` : `${code}.${'abcdefgh'[index]}`;
    const name = names[id];
    const typedAchievements = typed[id];
    const numberKind = seedNumberKinds[unit];
    if (!name || !typedAchievements || !numberKind) throw new Error(`no name, capaian or kind for ${id}`);
    const indicator: TIndicator = {
      id,
      code: indicatorCode,
      name,
      unit,
      numberKind,
      polarity: 'higher',
      aggregation,
      target,
      quarterTargets,
      ...extras[id],
    };
    return { table, level, code, indicator, realised, typedAchievements };
  });
}
