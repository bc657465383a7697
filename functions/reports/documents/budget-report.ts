import type { TBudgetTable } from '../../../shared/calc/budget-table.js';
import { renderSheetPdf } from '../pdf/pdf-render.js';
import type { TReportContext } from '../report-context.js';
import { budgetSheet } from '../tables/budget-report-table.js';
import { renderXlsx } from '../xlsx/xlsx-workbook.js';

/** Realisasi Anggaran as XLSX. */
export function renderBudgetXlsx(table: TBudgetTable, context: TReportContext): Promise<Buffer> {
  return renderXlsx([budgetSheet(table, context)], context);
}

/** Realisasi Anggaran as an A4 landscape PDF. */
export function renderBudgetPdf(table: TBudgetTable, context: TReportContext): Promise<Buffer> {
  return renderSheetPdf(budgetSheet(table, context), context);
}
