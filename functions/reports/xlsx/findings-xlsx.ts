import ExcelJS from 'exceljs';
import type { TWorkbookCheck } from '../../../shared/checker/check-workbook.js';
import type { TLocale } from '../../../shared/i18n.js';
import { reportMessages } from '../../../shared/messages/reports.js';
import type { TTimeZone } from '../../../shared/model/organisation.js';
import { stableZip } from '../stable-zip.js';
import { findingsSheet } from '../tables/findings-report-table.js';
import { formatGeneratedAt } from '../tables/report-time.js';
import { writeReportSheet } from './xlsx-sheet.js';

export type RenderFindingsOptions = {
  check: TWorkbookCheck;
  /** The checked file's name, in the title. */
  fileName: string;
  agencyName: string;
  locale: TLocale;
  timeZone: TTimeZone;
  at: Date;
};

/** The checker's findings as an XLSX, laid out as the report files are. */
export async function renderFindingsXlsx(options: RenderFindingsOptions): Promise<Buffer> {
  const { check, fileName, agencyName, locale, timeZone, at } = options;
  const sheet = findingsSheet(check, fileName, locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Capaian';
  workbook.title = sheet.title[0] ?? '';
  workbook.company = agencyName;
  workbook.created = at;
  workbook.modified = at;
  const footer = `${agencyName} · ${reportMessages[locale].generated(formatGeneratedAt(at, timeZone, locale))}`;
  writeReportSheet(workbook.addWorksheet(sheet.sheetName), sheet, locale, footer);
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return stableZip(new Uint8Array(stored), at);
}
