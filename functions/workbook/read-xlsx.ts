import ExcelJS from 'exceljs';
import { assertWithinLimits, type TSheetExtent } from '../../shared/workbook/limits.js';
import { numberCell, type TCellPlace, textCell, textFormat } from '../../shared/workbook/sheet-cells.js';
import {
  columnLetters,
  type TSheet,
  type TSheetCell,
  type TWorkbook,
} from '../../shared/workbook/workbook.js';
import { refuseWorkbook, WorkbookProblemError } from '../../shared/workbook/workbook-problem.js';
import { resultsUncalculated, xlsxWithinLimits } from './xlsx-rows.js';

/**
 * An XLSX file's visible sheets as grids. exceljs (heavy: never in the API bundle) reads the
 * values Excel saved; a formula's cached result is taken and no formula is ever evaluated.
 */
export async function readXlsxWorkbook(uploaded: Uint8Array, fileName: string): Promise<TWorkbook> {
  const bytes = xlsxWithinLimits(uploaded);
  const read = { fileName, uncalculated: resultsUncalculated(bytes) };
  try {
    return visibleSheets(await loaded(bytes), read);
  } catch (error) {
    const withoutResult =
      error instanceof WorkbookProblemError && error.problem.code === 'formulaWithoutValue';
    if (!withoutResult) throw error;
    // Perhaps a formula whose result is empty text, which exceljs reads as none: read again with
    // those saved as a space; a formula never calculated is still refused.
    const { withEmptyTextResults } = await import('./xlsx-rewrites.js');
    return visibleSheets(await loaded(withEmptyTextResults(bytes)), read);
  }
}

/** How a workbook is read: its name, and whether its formulas' saved results are to be refused. */
type TRead = { fileName: string; uncalculated: boolean };

function visibleSheets(workbook: ExcelJS.Workbook, { fileName, uncalculated }: TRead): TWorkbook {
  const visible = workbook.worksheets.filter((sheet) => sheet.state === 'visible');
  const hiddenSheets = workbook.worksheets.filter((sheet) => sheet.state !== 'visible').map((s) => s.name);
  const extents = visible.map(extent);
  assertWithinLimits(extents);
  const sheets = visible
    .map((sheet, i) => readSheet(sheet, extents[i]?.lastRow ?? 0, uncalculated))
    .filter((sheet) => sheet.rows.some((row) => row.some(Boolean)));
  if (sheets.length === 0) refuseWorkbook({ code: 'noVisibleData', hiddenSheets });
  return { fileName, format: 'xlsx', sheets, hiddenSheets };
}

/**
 * The workbook as exceljs reads it; where exceljs stumbles, read again without the comments,
 * tables and drawings beside the cells, and only then is the file damaged.
 */
async function loaded(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  // exceljs declares its own Buffer type; a plain ArrayBuffer copy satisfies it.
  const load = async (xlsx: Uint8Array, options?: Partial<ExcelJS.XlsxReadOptions>) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx).buffer, options);
    return workbook;
  };
  try {
    return await load(bytes);
  } catch {
    try {
      // Loaded only here: few workbooks need it, and the function's start stays as it was.
      const { extraSheetNodes, withoutExtras } = await import('./xlsx-rewrites.js');
      return await load(withoutExtras(bytes), { ignoreNodes: extraSheetNodes });
    } catch {
      return refuseWorkbook({ code: 'corrupt' });
    }
  }
}

/**
 * A sheet's rows and columns holding a value or covered by a merged range (which the read fills),
 * and its last such row: a row formatted below the figures (Excel's fill or border dragged down,
 * LibreOffice's styled rows) counts for nothing, nor does a styled empty cell, which exceljs
 * counts in its rowCount and columnCount.
 */
function extent(sheet: ExcelJS.Worksheet): TSheetExtent & { lastRow: number } {
  let rowCount = 0;
  let columnCount = 0;
  let lastRow = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (_cell, c) => {
      if (lastRow !== r) rowCount++;
      lastRow = r;
      columnCount = Math.max(columnCount, c);
    });
  });
  return { name: sheet.name, rowCount, columnCount, lastRow };
}

/** A sheet's cells down to `lastRow`, the last holding a value. */
function readSheet(sheet: ExcelJS.Worksheet, lastRow: number, uncalculated: boolean): TSheet {
  const rows: (TSheetCell | null)[][] = Array.from({ length: lastRow }, () => []);
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const cells = rows[r - 1];
      // A formula's value as exceljs gives it leaves out a saved result of 0 or false (it copies
      // only what is truthy): the cell's own result keeps them.
      const value =
        cell.type === ExcelJS.ValueType.Formula ? { formula: cell.formula, result: cell.result } : cell.value;
      if (cells)
        cells[c - 1] = asShown(
          cellOf(value, {
            sheet: sheet.name,
            cell: `${columnLetters(c - 1)}${r}`,
            asText: cell.numFmt === textFormat,
            uncalculated,
          }),
          cell.numFmt,
        );
    });
  });
  for (const range of sheet.model.merges ?? []) fillMerge(rows, range);
  return { name: sheet.name, rows: rows.map((row) => Array.from(row, (cell) => cell ?? null)) };
}

/**
 * A number as the sheet shows it: Excel keeps 95,77 % as 0.9577 under a percent format, and a
 * person typed (and reads) 95,77, so that is the figure.
 */
function asShown(cell: TSheetCell | null, format: string | undefined): TSheetCell | null {
  if (cell?.number === undefined || !format?.includes('%')) return cell;
  const percent = Number((cell.number * 100).toPrecision(15));
  return { text: `${percent}%`, number: percent };
}

/** Fills the cells a merged range covers ("A3:A7") with its first cell's value. */
function fillMerge(rows: (TSheetCell | null)[][], range: string): void {
  const [from = '', to = from] = range.split(':');
  const first = cellIndex(from);
  const last = cellIndex(to);
  const master = rows[first.row]?.[first.column];
  if (!master) return;
  for (let r = first.row; r <= last.row; r++) {
    const cells = rows[r] ?? [];
    rows[r] = cells;
    for (let c = first.column; c <= last.column; c++) {
      if (r !== first.row || c !== first.column) cells[c] = { ...master, merged: true };
    }
  }
}

/** "AB12" → its 0-based row and column. */
function cellIndex(name: string): { row: number; column: number } {
  const [, letters = 'A', digits = '1'] = /^([A-Z]+)(\d+)$/.exec(name.replaceAll('$', '')) ?? [];
  const column = [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(digits) - 1, column };
}

/**
 * Where a cell is, whether it is formatted as text (its text then never runs as a formula), and
 * whether a formula's saved result is uncalculated.
 */
type TXlsxCellPlace = TCellPlace & { asText: boolean; uncalculated: boolean };

/** A cell's saved value: numbers as numbers, text read, a formula's cached result. */
function cellOf(
  value: ExcelJS.CellValue,
  { asText, uncalculated, ...place }: TXlsxCellPlace,
): TSheetCell | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return numberCell(value);
  if (typeof value === 'string') return textCell(value, place, asText);
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), date: true };
  if ('formula' in value || 'sharedFormula' in value) {
    const { result } = value;
    if (result === undefined || uncalculated)
      return refuseWorkbook({ code: 'formulaWithoutValue', ...place });
    return cellOf(result as ExcelJS.CellValue, { ...place, asText, uncalculated });
  }
  if ('richText' in value) return textCell(value.richText.map((run) => run.text).join(''), place, asText);
  if ('error' in value) return { text: value.error };
  if ('text' in value) return textCell(String(value.text), place, asText);
  return null;
}
