import type { TPerformanceTable } from '../../../shared/calc/performance-table.js';
import { contentWidth, renderPdf, titleBlock } from '../pdf/pdf-render.js';
import { pdfTable } from '../pdf/pdf-table.js';
import type { TReportContext } from '../report-context.js';
import { performanceSheet } from '../tables/performance-report-table.js';
import { renderXlsx } from '../xlsx/xlsx-workbook.js';

/** Tabel Capaian Kinerja Triwulan (agency-wide or one unit's) as XLSX. */
export function renderPerformanceXlsx(table: TPerformanceTable, context: TReportContext): Promise<Buffer> {
  return renderXlsx([performanceSheet(table, context)], context);
}

/** Tabel Capaian Kinerja Triwulan as an A4 landscape PDF. */
export function renderPerformancePdf(table: TPerformanceTable, context: TReportContext): Promise<Buffer> {
  const sheet = performanceSheet(table, context);
  const content = [titleBlock(sheet.title), ...pdfTable(sheet.table, context.locale, contentWidth)];
  return renderPdf({ title: sheet.title[0] ?? '', content }, context);
}
