import { csvRows, csvText } from './csv.js';
import { assertWithinLimits } from './limits.js';
import { textCell } from './sheet-cells.js';
import { columnLetters, type TWorkbook } from './workbook.js';

/** A CSV file as a workbook of one sheet named after the file. */
export function readCsvWorkbook(bytes: Uint8Array, fileName: string): TWorkbook {
  const name = fileName.replace(/\.csv$/i, '');
  const texts = csvRows(csvText(bytes));
  assertWithinLimits([
    { name, rowCount: texts.length, columnCount: Math.max(0, ...texts.map((r) => r.length)) },
  ]);
  const rows = texts.map((row, r) =>
    row.map((text, c) => textCell(text, { sheet: name, cell: `${columnLetters(c)}${r + 1}` })),
  );
  return { fileName, format: 'csv', sheets: [{ name, rows }], hiddenSheets: [] };
}
