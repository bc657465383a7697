import type { TPerformanceRow, TPerformanceTable } from '../../../shared/calc/performance-table.js';
import { commonMessages } from '../../../shared/messages/common.js';
import { reportMessages } from '../../../shared/messages/reports.js';
import { quarters, type TQuarter } from '../../../shared/model/quarter.js';
import { bandsOf, sheetTitle, type TReportContext } from '../report-context.js';
import { ownerCells, runStarts } from './owner-groups.js';
import {
  achievementCell,
  figureCell,
  figureFormat,
  numberedHeaderRow,
  type TCell,
  type TReportSheet,
  type TReportTable,
} from './report-table.js';
import { bandCell, bandLegend } from './status-cells.js';
import { yearPartsNotes } from './year-parts-notes.js';

/**
 * Each quarter's own achievement, then each quarter's achievement to date (s.d. triwulan), blank
 * after the quarter reported on; "–" where a realisation has no target to be measured against (a
 * quarter's own target of 0, or none yet to date).
 */
function achievementCells(row: TPerformanceRow, asOf: TQuarter): TCell[] {
  const reportedIn = (q: TQuarter) => row.realisations[q - 1] != null;
  const upTo = (q: TQuarter, cell: () => TCell): TCell => (q <= asOf ? cell() : { value: null });
  return [
    ...quarters.map((q) => upTo(q, () => achievementCell(row.quarterAchievements[q - 1], reportedIn(q)))),
    ...quarters.map((q) =>
      upTo(q, () => achievementCell(row.toDateAchievements[q - 1], quarters.slice(0, q).some(reportedIn))),
    ),
  ];
}

function bodyRow(
  row: TPerformanceRow,
  span: number,
  asOf: TQuarter,
  context: TReportContext,
): (TCell | null)[] {
  const format = figureFormat([row.target, ...row.quarterTargets, ...row.realisations]);
  const grade = row.targetGrade ? ` (${row.targetGrade})` : undefined;
  const number = (value: number | null, suffix?: string): TCell =>
    figureCell(value, suffix ? { ...format, suffix } : format);
  return [
    ...ownerCells(row, span),
    { value: row.indicatorName },
    { value: row.unit, align: 'center' },
    number(row.target, grade),
    ...row.quarterTargets.map((t) => number(t, grade && t === row.target ? grade : undefined)),
    ...quarters.map((q) => number(q <= asOf ? (row.realisations[q - 1] ?? null) : null)),
    ...achievementCells(row, asOf),
    bandCell(row.band, bandsOf(context), context.locale),
  ];
}

/**
 * The Tabel Capaian Kinerja Triwulan in the seed's layout, with the achievement in two labelled
 * groups: each quarter's own (its realisation against its target) and to date (s.d. triwulan).
 * Columns numbered 1–21, status (of the year so far) last.
 */
export function performanceReportTable(table: TPerformanceTable, context: TReportContext): TReportTable {
  const l = reportMessages[context.locale];
  const tw = quarters.map((q) => ({ text: commonMessages[context.locale].quarterShort(q) }));
  const toDateTw = quarters.map((q) => ({
    text: l.toDateShort(commonMessages[context.locale].quarterShort(q)),
  }));
  const group = (text: string) => [{ text, colSpan: 4 }, null, null, null];
  const tall = (text: string) => ({ text, rowSpan: 2 });
  const starts = runStarts(table.rows);
  return {
    // Achievements get the widest figure columns: "2.229,63" must fit on one line. The Satuan
    // holds its longest word whole ("Dokumen", "Predikat"): a word broken inside reads as two.
    widths: [
      4,
      20,
      21,
      10,
      9,
      ...Array.from({ length: 8 }, () => 7),
      ...Array.from({ length: 8 }, () => 8.5),
      10,
    ],
    header: [
      [
        tall(l.no),
        tall(l.owner),
        tall(l.indicator),
        tall(l.unitOfMeasure),
        tall(l.yearTarget(table.year)),
        ...group(l.quarterTargets),
        ...group(l.quarterRealisations),
        ...group(l.quarterAchievements),
        ...group(l.toDateAchievements),
        tall(l.status),
      ],
      [null, null, null, null, null, ...tw, ...tw, ...tw, ...toDateTw, null],
      // The seed numbers No and the owner together as column 1, then 2–16 (its one achievement
      // group); ours has two achievement groups, so 2–20, and status is 21.
      numberedHeaderRow([2, ...Array.from({ length: 20 }, () => 1)]),
    ],
    rows: table.rows.map((row, i) => bodyRow(row, starts[i] ?? 0, table.asOfQuarter, context)),
    legend: bandLegend(bandsOf(context), context.locale),
    notes: [l.achievementNote, ...yearPartsNotes(table.rows, context.locale)],
  };
}

/** The performance table with its title block: table, agency, unit, quarter and agreement version. */
export function performanceSheet(table: TPerformanceTable, context: TReportContext): TReportSheet {
  const l = reportMessages[context.locale];
  const quarter = commonMessages[context.locale].quarterName(table.asOfQuarter);
  return {
    sheetName: l.sheetPerformance,
    title: sheetTitle(l.performanceTitle(quarter, table.year), table, context),
    table: performanceReportTable(table, context),
  };
}
