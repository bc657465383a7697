import ExcelJS from 'exceljs';
import { isFormulaLike, textFormat } from '../../shared/workbook/sheet-cells.js';
import type { TSheetModel } from '../../shared/workbook/sheet-model.js';

type TColumnModel = TSheetModel['columns'][number];

/** The light yellow Excel's own templates give the cells to fill in. */
const inputFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

/**
 * How a figure is shown. Formats are stored locale-free: Excel shows '#,##0.00' as 1.234,50 on an
 * Indonesian Windows and 1,234.50 on an English one, as each reader types figures.
 */
function numberFormat(value: number, column: TColumnModel): string {
  if (column.decimals !== undefined)
    return column.decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(column.decimals)}`;
  return Number.isInteger(value) ? '#,##0' : '#,##0.0###';
}

/**
 * A workbook of sheet models as XLSX bytes: bold frozen headers, wrapped where a column is narrower
 * than its label, the model's widths, figures formatted; printed on A4 landscape, every column on
 * the page's width and the header on each page (an entry sheet is printed to fill by hand too).
 */
export async function xlsxOfModels(models: readonly TSheetModel[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const model of models) addSheet(workbook, model);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, model: TSheetModel): void {
  const sheet = workbook.addWorksheet(model.name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = '1:1';
  sheet.columns = model.columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  // As tall as its longest label needs (a width is about as many characters): LibreOffice keeps a
  // row's height as written, and a wrapped label would run over the first row.
  const lines = Math.max(...model.columns.map((column) => Math.ceil(column.header.length / column.width)));
  if (lines > 1) sheet.getRow(1).height = 15 * lines;
  // Values are set cell by cell, never as formulas: text starting with '=' stays text, and is
  // formatted as text so that Excel keeps it so when edited and the upload takes it back.
  model.rows.forEach((values, r) => {
    model.columns.forEach((column, c) => {
      const cell = sheet.getCell(r + 2, c + 1);
      const value = values[c] ?? null;
      if (value !== null) cell.value = value;
      if (typeof value === 'number') cell.numFmt = numberFormat(value, column);
      if (typeof value === 'string' && isFormulaLike(value)) cell.numFmt = textFormat;
      if (column.input) cell.fill = inputFill;
    });
  });
  // Room to add rows below the model's own, each offered the same choices.
  const lastRow = Math.max(model.rows.length + 1, 500);
  model.columns.forEach((column, c) => {
    if (!column.choices) return;
    const letter = sheet.getColumn(c + 1).letter;
    for (let r = 2; r <= lastRow; r++) {
      sheet.getCell(`${letter}${r}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${column.choices.join(',')}"`],
      };
    }
  });
}
