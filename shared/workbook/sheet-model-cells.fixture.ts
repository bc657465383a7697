import { numberCell, textCell } from './sheet-cells.js';
import type { TSheetModel } from './sheet-model.js';
import { columnLetters, type TWorkbook } from './workbook.js';

/**
 * A sheet model as the parse reads it back (header row, then its rows), without a file between:
 * the template's layout is tested against its reader in pure code; the integration test goes
 * through exceljs and S3. Text is read as the writer formats it: formula-like text as text.
 */
export function workbookOfModels(fileName: string, models: readonly TSheetModel[]): TWorkbook {
  return {
    fileName,
    format: 'xlsx',
    hiddenSheets: [],
    sheets: models.map((model) => ({
      name: model.name,
      rows: [model.columns.map((column) => column.header), ...model.rows].map((row, r) =>
        row.map((value, c) =>
          typeof value === 'number'
            ? numberCell(value)
            : value === null
              ? null
              : textCell(value, { sheet: model.name, cell: `${columnLetters(c)}${r + 1}` }, true),
        ),
      ),
    })),
  };
}
