import { absorption, remainder } from '../calc/budget.js';
import { parseNumber } from '../calc/format.js';
import { clipped, type TFinding } from './finding.js';
import { placeOf, type TRowCell, type TTableRow } from './table-rows.js';
import { compareFigure, typedFromCell } from './typed-figure.js';

const rupiahIn = (cell: TRowCell | undefined): number | null => {
  if (!cell?.cell || cell.cell.ambiguous) return null;
  const value = cell.cell.number ?? parseNumber(cell.cell.text);
  return value !== null && Number.isSafeInteger(value) ? value : null;
};

/** A total line: "Jumlah", "Total", "Jumlah Belanja Langsung". */
const isTotal = (row: TTableRow) => /^(jumlah|total|sub ?total)\b/i.test(row.name || row.no);

/** A program's own line above its activities ("Program Pelayanan Administrasi Perkantoran"). */
const isProgram = (row: TTableRow) => /^program\b/i.test(row.name);

type TBudgetFigures = { allocation: number; realised: number };

/** A line's absorption and sisa recomputed from its own alokasi and realisasi. */
function checkLine(sheet: string, row: TTableRow, lines: readonly TBudgetRow[]): TFinding[] {
  const allocation = rupiahIn(row.cells.get('allocation'));
  const realised = rupiahIn(row.cells.get('budgetRealised'));
  if (allocation === null || realised === null) return [];
  const found: TFinding[] = [];
  const percentAt = row.cells.get('absorption');
  const typedPercent = typedFromCell(percentAt?.cell);
  const computedPercent = absorption(allocation, realised);
  if (percentAt && typedPercent) {
    const verdict = compareFigure(typedPercent, [computedPercent]);
    if (verdict !== 'ok') {
      const kind = verdict === 'rounded' ? 'rounded' : 'slip';
      const reason = verdict === 'rounded' ? 'fewerDecimals' : 'absorption';
      const place = placeOf(sheet, row, percentAt);
      found.push({
        ...place,
        kind,
        reason,
        typed: clipped(typedPercent.text),
        computed: computedPercent,
        figure: 'percent',
      });
    }
  }
  const remainderAt = row.cells.get('remainder');
  const typedRemainder = rupiahIn(remainderAt);
  const computedRemainder = remainder(allocation, realised);
  if (remainderAt && typedRemainder !== null && typedRemainder !== computedRemainder) {
    const source = lines.find((other) => other.row !== row && other.remainder === typedRemainder);
    const place = placeOf(sheet, row, remainderAt);
    found.push({
      ...place,
      kind: 'slip',
      reason: source ? 'remainderOfRow' : 'remainder',
      typed: clipped(remainderAt.cell?.text ?? ''),
      computed: computedRemainder,
      figure: 'rupiah',
      ...(source && { copiedFrom: clipped(source.row.label) }),
    });
  }
  return found;
}

type TBudgetRow = { row: TTableRow; remainder: number | null };

/**
 * A total's alokasi and realisasi against the sums of the lines it closes; its serapan and sisa
 * follow from those two as any line's do (`checkLine`).
 */
function checkTotal(sheet: string, row: TTableRow, lines: readonly TBudgetFigures[]): TFinding[] {
  const sum = (pick: (x: TBudgetFigures) => number) => lines.reduce((total, x) => total + pick(x), 0);
  const expected: [string, number][] = [
    ['allocation', sum((x) => x.allocation)],
    ['budgetRealised', sum((x) => x.realised)],
  ];
  return expected.flatMap(([key, computed]): TFinding[] => {
    const at = row.cells.get(key);
    const typed = rupiahIn(at);
    if (!at || typed === null || typed === computed) return [];
    return [
      {
        ...placeOf(sheet, row, at),
        kind: 'slip',
        reason: 'total',
        typed: clipped(at.cell?.text ?? ''),
        computed,
        figure: 'rupiah',
      },
    ];
  });
}

/**
 * Recomputes a budget table with shared/calc: each line's serapan (realisasi / alokasi) and sisa
 * (alokasi − realisasi); a program's line and a total line against the sum of the lines they close.
 */
export function checkBudgetRows(sheet: string, rows: readonly TTableRow[]): TFinding[] {
  const lines: TBudgetRow[] = rows.map((row) => ({
    row,
    remainder: isTotal(row) || isProgram(row) ? null : rupiahIn(row.cells.get('remainder')),
  }));
  const figuresOf = (row: TTableRow): TBudgetFigures | undefined => {
    const allocation = rupiahIn(row.cells.get('allocation'));
    const realised = rupiahIn(row.cells.get('budgetRealised'));
    return allocation === null || realised === null ? undefined : { allocation, realised };
  };
  const found: TFinding[] = [];
  let program: { row: TTableRow; items: TBudgetFigures[] } | undefined;
  const items: TBudgetFigures[] = [];
  const closeProgram = () => {
    if (program && figuresOf(program.row)) found.push(...checkTotal(sheet, program.row, program.items));
    program = undefined;
  };
  for (const row of rows) {
    if (isTotal(row)) {
      closeProgram();
      found.push(...checkLine(sheet, row, []), ...checkTotal(sheet, row, items));
      continue;
    }
    found.push(...checkLine(sheet, row, lines));
    if (isProgram(row)) {
      closeProgram();
      program = { row, items: [] };
      continue;
    }
    const figures = figuresOf(row);
    if (!figures) continue;
    items.push(figures);
    program?.items.push(figures);
  }
  closeProgram();
  return found;
}
