import type { Content } from 'pdfmake/interfaces';
import { contentWidth, renderPdf, titleBlock, wideContentWidth } from '../pdf/pdf-render.js';
import { pdfTable } from '../pdf/pdf-table.js';
import type { TRegionFileContext } from '../tables/region-recap-table.js';
import type { TReportSheet } from '../tables/report-table.js';
import { renderXlsx } from '../xlsx/xlsx-workbook.js';

/** A file the region compiles: its recapitulation, then each accepted agency's own sheet, one after another. */
export type RegionDocumentOptions = {
  recap: TReportSheet;
  agencies: readonly { shortName: string; sheet: TReportSheet }[];
  /** A3 for the widest form (Tabel E.81), A4 otherwise. */
  pageSize: 'A4' | 'A3';
};

/** The region's compilation as one workbook: the recapitulation, then a sheet per agency, numbered as listed. */
export function renderRegionXlsx(
  options: RegionDocumentOptions,
  context: TRegionFileContext,
): Promise<Buffer> {
  // Numbered, so two agencies whose names share their first 31 characters still get two sheets.
  const agencies = options.agencies.map(({ shortName, sheet }, i) => ({
    ...sheet,
    sheetName: `${i + 1}. ${shortName}`,
  }));
  return renderXlsx([options.recap, ...agencies], context);
}

/** The region's compilation as one PDF: the recapitulation, then each agency's table from a new page. */
export function renderRegionPdf(
  options: RegionDocumentOptions,
  context: TRegionFileContext,
): Promise<Buffer> {
  const width = options.pageSize === 'A3' ? wideContentWidth : contentWidth;
  const page = (sheet: TReportSheet, first: boolean): Content[] => [
    first ? titleBlock(sheet.title) : { stack: [titleBlock(sheet.title)], pageBreak: 'before' },
    ...pdfTable(sheet.table, context.locale, width),
  ];
  const content = [
    ...page(options.recap, true),
    ...options.agencies.flatMap(({ sheet }) => page(sheet, false)),
  ];
  return renderPdf({ title: options.recap.title[0] ?? '', content, pageSize: options.pageSize }, context);
}
