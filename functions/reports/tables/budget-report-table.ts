import type { TBudgetFigures, TBudgetTable } from '../../../shared/calc/budget-table.js';
import { nullMark } from '../../../shared/calc/format.js';
import { reportMessages } from '../../../shared/messages/reports.js';
import { sheetTitle, type TReportContext } from '../report-context.js';
import { figureCell, type TCell, type TReportSheet, type TReportTable } from './report-table.js';

// Subtotal and total rows stand out on a light grey, as they would when typed by hand.
const subtotal = (cell: TCell): TCell => ({ ...cell, bold: true, fill: '#f2f2f2' });
const rupiah = (value: number): TCell => figureCell(value, { decimals: 0 });

/** Alokasi, realisasi, serapan % and sisa of a line: Rupiah as integers, the percentage as a number. */
function figureCells({ allocation, realised, absorption, remainder }: TBudgetFigures): TCell[] {
  return [
    rupiah(allocation),
    rupiah(realised),
    absorption == null ? { value: nullMark, align: 'center' } : figureCell(absorption, { decimals: 2 }),
    rupiah(remainder),
  ];
}

/** The Realisasi Anggaran table: each program's subtotal row above its activities, the grand total last. */
export function budgetReportTable(table: TBudgetTable, context: TReportContext): TReportTable {
  const l = reportMessages[context.locale];
  return {
    widths: [7, 60, 20, 20, 13, 20],
    header: [
      [l.no, l.programActivity, l.allocation, l.realised, l.absorption, l.remainder].map((text) => ({
        text,
      })),
      ['1', '2', '3', '4', '5 = 4 : 3 × 100', '6 = 3 - 4'].map((text) => ({ text })),
    ],
    rows: [
      ...table.programs.flatMap((program) => [
        [
          { value: program.code, align: 'center' as const },
          { value: program.name },
          ...figureCells(program),
        ].map(subtotal),
        ...program.activities.map((activity) => [
          { value: activity.code, align: 'center' as const },
          { value: activity.name },
          ...figureCells(activity),
        ]),
      ]),
      [
        subtotal({ value: l.total, align: 'center', colSpan: 2 }),
        null,
        ...figureCells(table.total).map(subtotal),
      ],
    ],
  };
}

/** The budget table with its title block. */
export function budgetSheet(table: TBudgetTable, context: TReportContext): TReportSheet {
  const l = reportMessages[context.locale];
  return {
    sheetName: l.sheetBudget,
    title: sheetTitle(l.budgetTitle(table.year), table, context),
    table: budgetReportTable(table, context),
  };
}
