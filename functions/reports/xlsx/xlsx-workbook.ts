import ExcelJS from 'exceljs';
import { generatedDate, type TFileContext } from '../report-context.js';
import { stableZipOf } from '../stable-zip.js';
import { footerLine } from '../tables/report-footer.js';
import type { TReportSheet } from '../tables/report-table.js';
import { writeReportSheet } from './xlsx-sheet.js';

/** The workbook of report sheets, with its properties dated by the context. */
export function reportWorkbook(sheets: readonly TReportSheet[], context: TFileContext): ExcelJS.Workbook {
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
  return workbook;
}

type TPartSink = { append: (data: string | Uint8Array, options: { name: string; base64?: boolean }) => void };

/** exceljs's XLSX.write, step by step, in its order (exceljs 4.4: xlsx/xlsx.js). */
const steps = [
  'addContentTypes',
  'addOfficeRels',
  'addWorkbookRels',
  'addWorksheets',
  'addSharedStrings',
  'addDrawings',
  'addTables',
  'addThemes',
  'addStyles',
  'addMedia',
  'addApp',
  'addCore',
  'addWorkbook',
] as const;

/**
 * The workbook's parts (by path, in the order exceljs writes them) as exceljs's writeBuffer
 * renders them, without its zip: it zipped them with JSZip (CRC and UTF-8 in JavaScript) only to
 * be unzipped again and zipped stable. exceljs has no public way to them (it is pinned; a test
 * compares the parts with those of its writeBuffer).
 */
async function xlsxParts(workbook: ExcelJS.Workbook): Promise<Record<string, Uint8Array>> {
  const writer: object = workbook.xlsx;
  const call = (name: string, ...args: unknown[]): unknown => {
    const method: unknown = Reflect.get(writer, name);
    if (typeof method !== 'function') throw new Error(`exceljs no longer writes a workbook by ${name}`);
    return Reflect.apply(method, writer, args);
  };
  const parts: Record<string, Uint8Array> = {};
  const zip: TPartSink = {
    append: (data, { name, base64 }) => {
      parts[name] =
        typeof data !== 'string'
          ? data
          : base64
            ? Buffer.from(data, 'base64')
            : new TextEncoder().encode(data);
    },
  };
  const { model } = workbook;
  call('prepareModel', model, {});
  for (const name of steps) await call(name, zip, model);
  return parts;
}

/** An XLSX workbook of report sheets; the same context gives the same bytes. */
export async function renderXlsx(sheets: readonly TReportSheet[], context: TFileContext): Promise<Buffer> {
  return stableZipOf(await xlsxParts(reportWorkbook(sheets, context)), generatedDate(context));
}
