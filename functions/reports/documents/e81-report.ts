import type { TE81Table } from '../../../shared/calc/e81-table.js';
import { renderPdf, titleBlock, wideContentWidth } from '../pdf/pdf-render.js';
import { pdfTable } from '../pdf/pdf-table.js';
import type { TReportContext } from '../report-context.js';
import { e81Sheet } from '../tables/e81-report-table.js';
import { renderXlsx } from '../xlsx/xlsx-workbook.js';

/** Tabel E.81 (the evaluation of the Renja) as XLSX. */
export function renderE81Xlsx(table: TE81Table, context: TReportContext): Promise<Buffer> {
  return renderXlsx([e81Sheet(table, context)], context);
}

/** Tabel E.81 as an A3 landscape PDF: its 29 columns do not fit A4. */
export function renderE81Pdf(table: TE81Table, context: TReportContext): Promise<Buffer> {
  const sheet = e81Sheet(table, context);
  const content = [titleBlock(sheet.title), ...pdfTable(sheet.table, context.locale, wideContentWidth)];
  return renderPdf({ title: sheet.title[0] ?? '', content, pageSize: 'A3' }, context);
}
