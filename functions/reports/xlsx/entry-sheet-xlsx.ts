import ExcelJS, { type Worksheet } from 'exceljs';
import { entrySheetRows, type TEntryValue } from '../../../shared/quarter-sheet/entry-sheet.js';
import { stableZip } from '../stable-zip.js';
import { border, font, headerFill, solid } from './xlsx-styles.js';

/** Where a person types: the realisation, parts, explanation and spending columns. */
const inputFill = '#fff2cc';
const indicatorInputs = new Set([4, 5, 6, 7]);
const activityInputs = new Set([3]);
const widths = [12, 60, 12, 16, 16, 14, 14, 40];

/** One unit's sheet: its name (Excel allows 31 characters) and its grid (shared/quarter-sheet). */
export type TEntrySheet = { name: string; grid: TEntryValue[][] };

function writeEntrySheet(sheet: Worksheet, grid: TEntryValue[][]) {
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  let inputs: ReadonlySet<number> = new Set();
  let header = false;
  grid.forEach((values, r) => {
    const row = r + 1;
    if (values.length === 0) {
      inputs = new Set();
      return;
    }
    // The two tables' header rows: the indicators' (row 5) and the activities' after a blank row.
    header =
      row === entrySheetRows.indicatorHeader ||
      (row > entrySheetRows.indicatorHeader && grid[r - 1]?.length === 0);
    if (header) inputs = row === entrySheetRows.indicatorHeader ? indicatorInputs : activityInputs;
    values.forEach((value, c) => {
      const cell = sheet.getCell(row, c + 1);
      if (value !== null) cell.value = value;
      const inTable = row >= entrySheetRows.indicatorHeader;
      cell.style = {
        font: { ...font, bold: header || row <= entrySheetRows.unit },
        alignment: { vertical: 'top', wrapText: c === 1 || c === 7 || row === entrySheetRows.hint },
        ...(inTable && { border }),
        ...(header
          ? { fill: solid(headerFill) }
          : inTable && inputs.has(c)
            ? { fill: solid(inputFill) }
            : {}),
      };
      if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1000) cell.numFmt = '#,##0';
    });
  });
  sheet.mergeCells(entrySheetRows.hint, 1, entrySheetRows.hint, widths.length);
  sheet.getRow(entrySheetRows.hint).height = 36;
  sheet.views = [{ state: 'frozen', ySplit: entrySheetRows.indicatorHeader, xSplit: 0 }];
}

/**
 * Entry sheets as an XLSX, one sheet per unit: a division head's own, or a whole quarter's for
 * the planner. The same sheets at the same moment give the same bytes.
 */
export async function renderEntryWorkbook(sheets: readonly TEntrySheet[], at: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Capaian';
  workbook.created = at;
  workbook.modified = at;
  const names = new Set<string>();
  for (const { name, grid } of sheets) {
    // Excel refuses sheet names over 31 characters, with []:*?/\ or twice the same.
    let sheetName = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
    for (let n = 2; names.has(sheetName.toLowerCase()); n++) sheetName = `${sheetName.slice(0, 27)} (${n})`;
    names.add(sheetName.toLowerCase());
    writeEntrySheet(workbook.addWorksheet(sheetName), grid);
  }
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return stableZip(new Uint8Array(stored), at);
}
