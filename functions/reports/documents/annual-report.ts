import type { TPerformanceTable } from '../../../shared/calc/performance-table.js';
import { renderSheetPdf } from '../pdf/pdf-render.js';
import type { TReportContext } from '../report-context.js';
import { annualSheet, type TPreviousYear } from '../tables/annual-report-table.js';
import { renderXlsx } from '../xlsx/xlsx-workbook.js';

export type AnnualReportOptions = {
  /** The year's performance table as of TW4. */
  table: TPerformanceTable;
  /** Earlier years the store has figures for; none is fine. */
  previous?: readonly TPreviousYear[];
};

/** The LKj's annual achievement table (Bab III) as XLSX. */
export function renderAnnualXlsx(
  { table, previous = [] }: AnnualReportOptions,
  context: TReportContext,
): Promise<Buffer> {
  return renderXlsx([annualSheet(table, previous, context)], context);
}

/** The LKj's annual achievement table as an A4 landscape PDF. */
export function renderAnnualPdf(
  { table, previous = [] }: AnnualReportOptions,
  context: TReportContext,
): Promise<Buffer> {
  return renderSheetPdf(annualSheet(table, previous, context), context);
}
