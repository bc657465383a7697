import type { TBudgetTable } from '../../../shared/calc/budget-table.js';
import { contentWidth, renderPdf, titleBlock } from '../pdf/pdf-render.js';
import { pdfTable } from '../pdf/pdf-table.js';
import type { TReportContext } from '../report-context.js';
import { budgetSheet } from '../tables/budget-report-table.js';
import { renderXlsx } from '../xlsx/xlsx-workbook.js';

/** Realisasi Anggaran as XLSX. */
export function renderBudgetXlsx(table: TBudgetTable, context: TReportContext): Promise<Buffer> {
  return renderXlsx([budgetSheet(table, context)], context);
}

/** Realisasi Anggaran as an A4 landscape PDF. */
export function renderBudgetPdf(table: TBudgetTable, context: TReportContext): Promise<Buffer> {
  const sheet = budgetSheet(table, context);
  const content = [titleBlock(sheet.title), ...pdfTable(sheet.table, context.locale, contentWidth)];
  return renderPdf({ title: sheet.title[0] ?? '', content }, context);
}
