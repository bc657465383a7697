import { parseNumber } from '../calc/format.js';
import { roundHalfUp } from '../calc/rounding.js';
import { achievementToDate, quarterAchievement, type TQuarterRealisations } from '../calc/to-date.js';
import type { TAggregation, TIndicator, TPolarity } from '../model/indicator.js';
import { quarters, type TQuarter, type TQuarterly } from '../model/quarter.js';
import { clipped, type TFinding } from './finding.js';
import { placeOf, type TRowCell, type TTableRow } from './table-rows.js';
import { achievementSlip, compareFigure, typedFromCell } from './typed-figure.js';

const numberIn = (cell: TRowCell | undefined): number | null => {
  if (!cell?.cell || cell.cell.ambiguous) return null;
  return cell.cell.number ?? parseNumber(cell.cell.text);
};

const same = (a: number, b: number) => roundHalfUp(a, 4) === roundHalfUp(b, 4);

/**
 * The ways the year may follow from the quarters, read from the targets (a hand-made table does
 * not say): quarters adding up to the annual target are a sum, a target standing every quarter a
 * level, TW4's target the annual one a value to date. Where none fits, every reading is allowed:
 * the checker lists only what follows from no reading.
 */
function aggregationsOf(annual: number | null, targets: TQuarterly<number>): TAggregation[] {
  const total = targets.reduce((sum, t) => sum + t, 0);
  const fits: TAggregation[] = [];
  if (annual !== null && same(total, annual)) fits.push('sum');
  if (annual !== null && targets.every((t) => same(t, annual))) fits.push('level');
  else if (annual !== null && same(targets[3], annual)) fits.push('cumulative');
  return fits.length > 0 ? fits : ['sum', 'cumulative'];
}

/** The row read as an indicator of each aggregation that fits, with its realisations. */
function readingsOf(row: TTableRow, polarity: TPolarity) {
  const targets = quarters.map(
    (q) => numberIn(row.cells.get(`quarterTarget${q}`)) ?? 0,
  ) as TQuarterly<number>;
  const realised = quarters.map((q) => numberIn(row.cells.get(`realisation${q}`)));
  const realisations = realised.map((value) =>
    value === null ? undefined : { indicatorId: 'row', value },
  ) as TQuarterRealisations;
  const annual = numberIn(row.cells.get('annualTarget'));
  const indicators = aggregationsOf(annual, targets).map(
    (aggregation): TIndicator => ({
      id: 'row',
      code: row.no || '-',
      name: row.label || '-',
      unit: '-',
      polarity,
      aggregation,
      target: annual ?? 0,
      quarterTargets: targets,
    }),
  );
  return { targets, realised, realisations, indicators };
}

function figuresAt(row: TTableRow, polarity: TPolarity, quarter: TQuarter) {
  const { realised, realisations, indicators } = readingsOf(row, polarity);
  const [first] = indicators;
  const quarterly = first ? quarterAchievement(first, realisations, quarter) : null;
  const toDates = indicators.map((indicator) => achievementToDate(indicator, realisations, quarter));
  return { quarterly, toDates, realised: realised[quarter - 1] ?? null };
}

/** Lower-is-better where the typed achievements follow that reading more often than the other. */
function polarityOf(row: TTableRow): TPolarity {
  const matches = (polarity: TPolarity) =>
    quarters.filter((q) => {
      const typed = typedFromCell(row.cells.get(`achievement${q}`)?.cell);
      if (!typed) return false;
      const { quarterly, toDates } = figuresAt(row, polarity, q);
      return compareFigure(typed, [quarterly, ...toDates]) === 'ok';
    }).length;
  return matches('lower') > matches('higher') ? 'lower' : 'higher';
}

/**
 * Recomputes each typed achievement of a quarterly table's row with shared/calc: the quarter's own
 * (realisation against the quarter's target) and to date (s.d. triwulan); either counts as right.
 */
export function checkQuarterlyRow(sheet: string, row: TTableRow): TFinding[] {
  const polarity = polarityOf(row);
  const { targets } = readingsOf(row, polarity);
  return quarters.flatMap((quarter): TFinding[] => {
    const at = row.cells.get(`achievement${quarter}`);
    const typed = typedFromCell(at?.cell);
    if (!at || !typed) return [];
    const { quarterly, toDates, realised } = figuresAt(row, polarity, quarter);
    const verdict = compareFigure(typed, [quarterly, ...toDates]);
    if (verdict === 'ok') return [];
    const toDate = toDates[0] ?? null;
    const place = {
      ...placeOf(sheet, row, at),
      typed: clipped(typed.text),
      computed: quarterly,
      quarter,
      toDate,
      figure: 'percent' as const,
    };
    if (verdict === 'rounded') return [{ ...place, kind: 'rounded', reason: 'fewerDecimals' }];
    if (quarterly === null && targets[quarter - 1] === 0 && typed.value === 0) {
      return [{ ...place, kind: 'noTarget', reason: 'zeroWithoutTarget' }];
    }
    const reason = achievementSlip(typed, { quarterly, toDate, realised });
    return [{ ...place, kind: 'slip', reason }];
  });
}
