import type { TE81Figures, TE81Row, TE81Table } from '../../../shared/calc/e81-table.js';
import { formatPercent, nullMark } from '../../../shared/calc/format.js';
import { commonMessages } from '../../../shared/messages/common.js';
import { reportMessages } from '../../../shared/messages/reports.js';
import { bandLabel } from '../../../shared/model/status-band.js';
import { bandsOf, type TReportContext, unitName } from '../report-context.js';
import { runStarts } from './owner-groups.js';
import {
  figureCell,
  figureFormat,
  numberedHeaderRow,
  type TCell,
  type THeaderCell,
  type TNumberFormat,
  type TReportSheet,
  type TReportTable,
} from './report-table.js';

/** The form's figure columns, each a K and an Rp column: 6, 7, 8, 9–12, 13, 14, 15, 16. */
const figurePairs = 11;

const renstra: TCell = { value: nullMark, align: 'center' };
const rupiah: TNumberFormat = { decimals: 0 };
const percent: TNumberFormat = { decimals: 2 };

const number = (value: number | null, format: TNumberFormat, rowSpan?: number): TCell => ({
  ...figureCell(value, format),
  ...(rowSpan && rowSpan > 1 ? { rowSpan } : {}),
});

/** Column 8 to 14 of one side (K or Rp): target, four quarters, the year so far, its achievement. */
function figures(f: TE81Figures | null, format: TNumberFormat, rowSpan?: number): TCell[] {
  if (!f) return Array.from({ length: 7 }, () => number(null, format, rowSpan));
  return [
    number(f.target, format, rowSpan),
    ...f.quarters.map((q) => number(q, format, rowSpan)),
    number(f.year, format, rowSpan),
    number(f.achievement, percent, rowSpan),
  ];
}

/** K and Rp side by side, as the form numbers them: 8 K, 8 Rp, 9 K, 9 Rp … */
function interleave(k: (TCell | null)[], rp: (TCell | null)[]): (TCell | null)[] {
  return k.flatMap((cell, i) => [cell, rp[i] ?? null]);
}

function bodyRow(row: TE81Row, span: number, no: number, context: TReportContext): (TCell | null)[] {
  const bold = row.level !== 'activity';
  const owned = (cell: TCell): TCell | null =>
    span === 0 ? null : { ...cell, ...(span > 1 ? { rowSpan: span } : {}) };
  const k = figures(
    row.kinerja,
    row.kinerja ? figureFormat([row.kinerja.target, ...row.kinerja.quarters, row.kinerja.year]) : rupiah,
  );
  // The budget belongs to the program or activity: one cell over all its indicators' rows.
  const rp: (TCell | null)[] =
    span === 0 ? Array.from({ length: 7 }, () => null) : figures(row.rupiah, rupiah, span);
  const objective = row.level === 'objective';
  return [
    owned({ value: String(no), align: 'center', bold }),
    owned({ value: objective ? row.ownerName : '', bold }),
    owned({ value: objective ? '' : row.code, align: 'center', bold }),
    owned({ value: objective ? '' : row.ownerName, bold }),
    { value: row.indicatorName ?? nullMark, align: row.indicatorName ? 'left' : 'center' },
    renstra,
    renstra,
    renstra,
    renstra,
    ...interleave(k, rp),
    renstra,
    renstra,
    renstra,
    renstra,
    owned({ value: row.unitIds.map((id) => unitName(context, id)).join(', ') }),
    { value: '' },
  ];
}

/** The total line: the agency's budget, and the programs' and activities' average achievement. */
function totalRow(table: TE81Table, context: TReportContext): (TCell | null)[] {
  const l = reportMessages[context.locale];
  const rp = figures(table.total, rupiah);
  const band = bandsOf(context).find((b) => b.id === table.band);
  const k: TCell[] = [
    ...Array.from({ length: 6 }, (): TCell => ({ value: null })),
    { ...number(table.averageAchievement, percent), bold: true, ...(band ? { fill: band.color } : {}) },
  ];
  return [
    { value: l.total, bold: true, colSpan: 5 },
    null,
    null,
    null,
    null,
    renstra,
    renstra,
    renstra,
    renstra,
    ...interleave(
      k,
      rp.map((cell) => ({ ...cell, bold: true })),
    ),
    renstra,
    renstra,
    renstra,
    renstra,
    { value: '' },
    { value: '' },
  ];
}

function header(table: TE81Table, context: TReportContext): (THeaderCell | null)[][] {
  const l = reportMessages[context.locale];
  const tall = (text: string): THeaderCell => ({ text, rowSpan: 3 });
  const pair = (text: string): (THeaderCell | null)[] => [{ text, colSpan: 2, rowSpan: 2 }, null];
  const roman = ['I', 'II', 'III', 'IV'];
  const none = (n: number) => Array.from({ length: n }, () => null);
  return [
    [
      tall(l.no),
      tall(l.e81Goal),
      tall(l.e81Code),
      tall(l.programActivity),
      tall(l.e81Indicator),
      ...pair(l.e81RenstraTarget),
      ...pair(l.e81RenstraPast),
      ...pair(l.e81RenjaTarget(table.year)),
      { text: l.e81Quarters, colSpan: 8 },
      ...none(7),
      ...pair(l.e81YearRealisation),
      ...pair(l.e81YearAchievement),
      ...pair(l.e81RenstraRealisation),
      ...pair(l.e81RenstraAchievement),
      tall(l.e81Unit),
      tall(l.e81Notes),
    ],
    [...none(11), ...roman.flatMap((text) => [{ text, colSpan: 2 }, null]), ...none(10)],
    [
      ...none(5),
      ...Array.from({ length: figurePairs }, () => [{ text: 'K' }, { text: 'Rp' }]).flat(),
      ...none(2),
    ],
    numberedHeaderRow([1, 1, 1, 1, 1, ...Array.from({ length: figurePairs }, () => 2), 1, 1]),
  ];
}

/** Tabel E.81 in the form's layout: columns numbered 1–18, every figure as K and Rp. */
function e81ReportTable(table: TE81Table, context: TReportContext): TReportTable {
  const l = reportMessages[context.locale];
  const starts = runStarts(table.rows);
  let owners = 0;
  const rows = table.rows.map((row, i) => {
    const span = starts[i] ?? 0;
    if (span > 0) owners += 1;
    return bodyRow(row, span, owners, context);
  });
  const band = bandsOf(context).find((b) => b.id === table.band);
  const average = formatPercent(table.averageAchievement, context.locale);
  const written = (title: string, lines: string[]) => (lines.length ? [`${title}:`, ...lines] : []);
  return {
    // K then Rp per column: the Renstra columns only ever hold "–"; Rupiah need room for 12 digits
    // (999.999.999.999). The text columns hold their longest word whole, with its comma
    // ("pemberdayaan," in bold, "Pemberdayaan", the header's "Keterangan"): a word broken inside reads as two.
    widths: [
      4,
      14,
      5,
      14,
      16,
      4,
      4,
      4,
      4,
      ...Array.from({ length: 6 }, () => [6, 14]).flat(),
      6,
      8,
      4,
      4,
      4,
      6,
      13,
      11,
    ],
    header: header(table, context),
    rows: [...rows, totalRow(table, context)],
    notes: [
      l.e81Average(average, band ? bandLabel(band, context.locale) : nullMark),
      l.e81Absorption(formatPercent(table.total.achievement, context.locale)),
      ...written(l.e81Supporting, table.factors.supporting),
      ...written(l.e81Obstacles, table.factors.obstacles),
      ...written(l.e81Actions, table.factors.actions),
      l.e81Renstra,
    ],
  };
}

/** Tabel E.81 with its title block: the form, the agency, the quarter and the agreement version. */
export function e81Sheet(table: TE81Table, context: TReportContext): TReportSheet {
  const l = reportMessages[context.locale];
  const quarter = commonMessages[context.locale].quarterName(table.asOfQuarter);
  return {
    sheetName: l.sheetE81,
    title: [
      l.e81Title(quarter, table.year),
      context.agency.name.toUpperCase(),
      l.e81Form,
      `${l.asOf(quarter)} · ${l.agreementVersion(table.version, table.version > 1)}`,
    ],
    table: e81ReportTable(table, context),
  };
}
