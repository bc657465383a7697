import ExcelJS from 'exceljs';
import { generatedDate, type TFileContext } from '../report-context.js';
import { stableZip } from '../stable-zip.js';
import { footerLine } from '../tables/report-footer.js';
import type { TReportSheet } from '../tables/report-table.js';
import { writeReportSheet } from './xlsx-sheet.js';

/** An XLSX workbook of report sheets; the same context gives the same bytes. */
export async function renderXlsx(sheets: readonly TReportSheet[], context: TFileContext): Promise<Buffer> {
  const at = generatedDate(context);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Capaian';
  workbook.lastModifiedBy = 'Capaian';
  workbook.title = sheets[0]?.title[0] ?? '';
  workbook.company = context.agency.name;
  workbook.created = at;
  workbook.modified = at;
  workbook.lastPrinted = at;
  const footer = footerLine(context);
  for (const sheet of sheets) {
    // Excel refuses sheet names over 31 characters or with []:*?/\.
    const name = sheet.sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
    writeReportSheet(workbook.addWorksheet(name), sheet, context.locale, footer);
  }
  // Stored uncompressed here: stableZip compresses once when it re-packs.
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return stableZip(new Uint8Array(stored), at);
}
