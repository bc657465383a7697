import type { TPerformanceTable } from '../../../shared/calc/performance-table.js';
import { renderSheetPdf } from '../pdf/pdf-render.js';
import type { TReportContext } from '../report-context.js';
import { performanceSheet } from '../tables/performance-report-table.js';
import { renderXlsx } from '../xlsx/xlsx-workbook.js';

/** Tabel Capaian Kinerja Triwulan (agency-wide or one unit's) as XLSX. */
export function renderPerformanceXlsx(table: TPerformanceTable, context: TReportContext): Promise<Buffer> {
  return renderXlsx([performanceSheet(table, context)], context);
}

/** Tabel Capaian Kinerja Triwulan as an A4 landscape PDF. */
export function renderPerformancePdf(table: TPerformanceTable, context: TReportContext): Promise<Buffer> {
  return renderSheetPdf(performanceSheet(table, context), context);
}
