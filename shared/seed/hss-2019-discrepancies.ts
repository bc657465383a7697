import { formatPercent, parseNumber } from '../calc/format.js';
import { buildPerformanceTable, type TPerformanceRow } from '../calc/performance-table.js';
import { ratioPercent } from '../calc/realised-value.js';
import { roundHalfUp } from '../calc/rounding.js';
import { achievementSlip, type TAchievementSlip, typedFromText } from '../checker/typed-figure.js';
import { quarters } from '../model/quarter.js';
import { compareTyped, type TDiscrepancy } from './discrepancy.js';
import { agreement2019Perubahan, parts2019, seedRows2019 } from './hss-2019.js';
import { budgetDiscrepancies2019 } from './hss-2019-budget-discrepancies.js';
import { reportedFigures2019 } from './hss-2019-reported.js';

/** The checker's reasons as this list words them (docs/SEED-DISCREPANCIES.md). */
const slipWhy: Record<TAchievementSlip, string> = {
  repeatsRealisation: 'the cell repeats the realisation, not an achievement',
  truncated: 'truncated instead of rounded',
  roundedTwice: 'rounded twice, via 2 decimals',
  noTarget: 'the quarter has no target; the figure is not the achievement to date either',
  neither: "follows neither from the quarter's target and realisation nor from the year to date",
};

/** The likeliest reason a typed capaian cell is wrong. */
function whyAchievementSlip(row: TPerformanceRow, q: number, typed: string): string {
  const at = (xs: readonly (number | null)[]) => xs[q - 1] ?? null;
  const figure = typedFromText(typed);
  if (!figure) return slipWhy.neither;
  const figures = {
    quarterly: at(row.quarterAchievements),
    toDate: at(row.toDateAchievements),
    realised: at(row.realisations),
  };
  return slipWhy[achievementSlip(figure, figures)];
}

function achievementDiscrepancies(): TDiscrepancy[] {
  const table = buildPerformanceTable({ agreement: agreement2019Perubahan, parts: parts2019 });
  return seedRows2019.flatMap((seedRow) => {
    const row = table.rows.find((r) => r.indicatorId === seedRow.indicator.id);
    if (!row) throw new Error(`no computed row for ${seedRow.indicator.id}`);
    const name = row.level === 'activity' ? row.ownerName : row.indicatorName;
    return quarters.flatMap((q): TDiscrepancy[] => {
      const typed = seedRow.typedAchievements[q - 1];
      if (typed == null) return [];
      const quarterly = row.quarterAchievements[q - 1] ?? null;
      const toDate = row.toDateAchievements[q - 1] ?? null;
      const where = `${seedRow.table} · ${row.indicatorCode} ${name} · capaian TW${q}`;
      const computed = `TW${q}: ${formatPercent(quarterly)}; s.d. TW${q}: ${formatPercent(toDate)}`;
      const reported = typed;
      const verdict = compareTyped(typed, [quarterly, toDate]);
      if (verdict === 'ok') return [];
      const found = (kind: TDiscrepancy['kind'], why: string) => [{ kind, where, reported, computed, why }];
      if (verdict === 'rounded') return found('rounded', 'rounded to fewer decimals');
      if (quarterly === null && row.quarterTargets[q - 1] === 0 && parseNumber(typed) === 0) {
        return found('no-target', 'a quarter without a target has no achievement');
      }
      return found('slip', whyAchievementSlip(row, q, typed));
    });
  });
}

/** Year figures of the narrative and the key indicator's formula. */
function yearDiscrepancies(): TDiscrepancy[] {
  const table = buildPerformanceTable({ agreement: agreement2019Perubahan, parts: parts2019 });
  const year = (id: string) => table.rows.find((r) => r.indicatorId === id)?.yearRealisation ?? null;
  const found: TDiscrepancy[] = [];
  const { keyIndicatorFormula: iku, documentsTarget: docs } = reportedFigures2019;
  const ikuPercent = ratioPercent(iku.numerator, iku.denominator);
  if (compareTyped(iku.percent, [ikuPercent]) !== 'ok') {
    const where = 'Bab III, formula under Tabel 2 · Persentase Angka PMKS yang mandiri';
    const reported = `10.249 / 16.982 = ${iku.percent} %`;
    found.push({
      kind: 'slip',
      where,
      reported,
      computed: formatPercent(ikuPercent),
      why: "the formula's own division",
    });
  }
  // The year reads from its parts; what the typed quarters add up to is the slip.
  const ikuRow = table.rows.find((r) => r.indicatorId === iku.indicatorId);
  const ikuYear = ikuRow?.yearFromQuarters ?? ikuRow?.yearRealisation ?? null;
  if (ikuPercent === null || ikuYear === null || roundHalfUp(ikuPercent, 2) !== roundHalfUp(ikuYear, 2)) {
    const where = 'Tabel 2 vs its formula · Persentase Angka PMKS yang mandiri · year';
    const why = "TW1–TW4 realisations (37,63 + 13,25 + 3,39 + 6,02) do not add up to the formula's parts";
    found.push({
      kind: 'slip',
      where,
      reported: formatPercent(ikuPercent),
      computed: `Σ TW1–TW4: ${formatPercent(ikuYear)}`,
      why,
    });
  }
  for (const program of reportedFigures2019.programYears) {
    const computed = year(program.indicatorId);
    const verdict = compareTyped(program.realised, [computed]);
    if (verdict === 'ok') continue;
    const row = table.rows.find((r) => r.indicatorId === program.indicatorId);
    const where = `Bab III narrative · ${row?.indicatorName} · terealisasi`;
    const why =
      verdict === 'rounded' ? 'rounded to fewer decimals' : 'not the sum of the quarters in Tabel 2';
    found.push({
      kind: verdict,
      where,
      reported: `${program.realised} %`,
      computed: formatPercent(computed),
      why,
    });
  }
  const docsPercent = ratioPercent(docs.numerator, docs.denominator);
  if (compareTyped(docs.percent, [docsPercent]) !== 'ok') {
    const where = 'Tabel 1 narrative · target of program 5 (21 of 27 documents)';
    found.push({
      kind: 'slip',
      where,
      reported: `${docs.percent} %`,
      computed: formatPercent(docsPercent),
      why: '21 / 27 × 100',
    });
  }
  return found;
}

/** Every discrepancy between the seed report's typed figures and the product's computation. */
export function findSeedDiscrepancies2019(): TDiscrepancy[] {
  return [...achievementDiscrepancies(), ...yearDiscrepancies(), ...budgetDiscrepancies2019()];
}
