import ExcelJS from 'exceljs';

/** Re-opens a generated XLSX, as a user's spreadsheet program would. */
export async function readSheet(xlsx: Buffer) {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type; a plain ArrayBuffer copy satisfies it.
  await workbook.xlsx.load(new Uint8Array(xlsx).buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('workbook without a sheet');
  /** The first row whose column A holds `text`. */
  const rowWith = (text: string, column = 1) => {
    for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, column).value === text) return r;
    throw new Error(`no row with ${text}`);
  };
  return { workbook, sheet, rowWith, merges: sheet.model.merges };
}

/** Every cell's value of a sheet, row by row, as read back: two sheets with equal cells show the same. */
export function sheetCells(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push(row.values as unknown[]));
  return rows;
}

/** Every number of a workbook, sheet by sheet, with the cell it stands in: two files of the same figures show the same. */
export function workbookNumbers(workbook: ExcelJS.Workbook): string[][] {
  return workbook.worksheets.map((sheet) => {
    const numbers: string[] = [];
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (typeof cell.value === 'number') numbers.push(`${r}:${c}=${cell.value}`);
      }),
    );
    return numbers;
  });
}
