import type { TPerformanceRow, TPerformanceTable } from '../../../shared/calc/performance-table.js';
import { reportMessages } from '../../../shared/messages/reports.js';
import { bandsOf, sheetTitle, type TReportContext } from '../report-context.js';
import { ownerCells, runStarts } from './owner-groups.js';
import {
  achievementCell,
  figureCell,
  figureFormat,
  numberedHeaderRow,
  type TCell,
  type THeaderCell,
  type TReportSheet,
  type TReportTable,
} from './report-table.js';
import { bandCell, bandLegend } from './status-cells.js';
import { yearPartsNotes } from './year-parts-notes.js';

/** An earlier year's realisation and achievement per indicator id, from the store or an older report. */
export type TPreviousYear = {
  year: number;
  figures: Readonly<Record<string, { realisation: number | null; achievement: number | null }>>;
};

/** An earlier year's figures taken from that year's computed performance table. */
export function previousYearOf(table: TPerformanceTable): TPreviousYear {
  const figures = Object.fromEntries(
    table.rows.map((row) => [
      row.indicatorId,
      { realisation: row.yearRealisation, achievement: row.yearAchievement },
    ]),
  );
  return { year: table.year, figures };
}

function annualRow(
  row: TPerformanceRow,
  span: number,
  previous: readonly TPreviousYear[],
  context: TReportContext,
): (TCell | null)[] {
  const format = figureFormat([row.target, row.yearRealisation]);
  const earlier = previous.flatMap(({ figures }) => {
    const { realisation = null, achievement = null } = figures[row.indicatorId] ?? {};
    return [
      figureCell(realisation, figureFormat([realisation])),
      achievementCell(achievement, realisation != null),
    ];
  });
  const target = figureCell(
    row.target,
    row.targetGrade ? { ...format, suffix: ` (${row.targetGrade})` } : format,
  );
  return [
    ...ownerCells(row, span),
    { value: row.indicatorName },
    { value: row.unit, align: 'center' },
    ...earlier,
    target,
    figureCell(row.yearRealisation, format),
    achievementCell(row.yearAchievement, row.yearRealisation != null),
    bandCell(row.band, bandsOf(context), context.locale),
  ];
}

/** Bab III's table: each indicator's annual target, realisation and achievement, earlier years beside. */
export function annualReportTable(
  table: TPerformanceTable,
  previous: readonly TPreviousYear[],
  context: TReportContext,
): TReportTable {
  const l = reportMessages[context.locale];
  const years = [...previous].sort((a, b) => a.year - b.year);
  const tall = (text: string): THeaderCell => ({ text, rowSpan: 2 });
  const yearGroup = (year: number, span: number) => [
    { text: String(year), colSpan: span },
    ...Array(span - 1).fill(null),
  ];
  const starts = runStarts(table.rows);
  return {
    widths: [5, 30, 36, 9, ...years.flatMap(() => [11, 10]), 11, 11, 10, 12],
    header: [
      [
        tall(l.no),
        tall(l.owner),
        tall(l.indicator),
        tall(l.unitOfMeasure),
        ...years.flatMap(({ year }) => yearGroup(year, 2)),
        ...yearGroup(table.year, 3),
        tall(l.status),
      ],
      [
        null,
        null,
        null,
        null,
        ...years.flatMap(() => [{ text: l.realisation }, { text: l.achievement }]),
        { text: l.target },
        { text: l.realisation },
        { text: l.achievement },
        null,
      ],
      numberedHeaderRow([2, 1, 1, ...years.flatMap(() => [1, 1]), 1, 1, 1, 1]),
    ],
    rows: table.rows.map((row, i) => annualRow(row, starts[i] ?? 0, years, context)),
    legend: bandLegend(bandsOf(context), context.locale),
    notes: yearPartsNotes(table.rows, context.locale),
  };
}

/** The annual table with its title block. */
export function annualSheet(
  table: TPerformanceTable,
  previous: readonly TPreviousYear[],
  context: TReportContext,
): TReportSheet {
  const l = reportMessages[context.locale];
  return {
    sheetName: l.sheetAnnual,
    title: sheetTitle(l.annualTitle(table.year), table, context, { asOf: false }),
    table: annualReportTable(table, previous, context),
  };
}
