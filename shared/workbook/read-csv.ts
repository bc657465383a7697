import { csvRows, csvText } from './csv.js';
import { assertWithinLimits } from './limits.js';
import { textCell } from './sheet-cells.js';
import { columnLetters, type TWorkbook } from './workbook.js';

/**
 * A CSV file as a workbook of one sheet named after the file. Only what holds a value counts and
 * is read: Excel saves each row and column a format reached as empty fields (";;;" down to row
 * 20.000 below 40 rows of figures), and a blank line ends many files.
 */
export function readCsvWorkbook(bytes: Uint8Array, fileName: string): TWorkbook {
  const name = fileName.replace(/\.csv$/i, '');
  const texts = csvRows(csvText(bytes)).map((row) => row.slice(0, heldWidth(row)));
  const lastRow = texts.findLastIndex((row) => row.length > 0) + 1;
  assertWithinLimits([
    {
      name,
      rowCount: texts.filter((row) => row.length > 0).length,
      // Not Math.max(...rows): 5 MB of line breaks are 5 million arguments, more than a call takes.
      columnCount: texts.reduce((widest, row) => Math.max(widest, row.length), 0),
    },
  ]);
  const rows = texts
    .slice(0, lastRow)
    .map((row, r) =>
      row.map((text, c) => textCell(text, { sheet: name, cell: `${columnLetters(c)}${r + 1}` })),
    );
  return { fileName, format: 'csv', sheets: [{ name, rows }], hiddenSheets: [] };
}

/** The fields of a row up to its last holding a value (blank ones are read as empty cells). */
const heldWidth = (row: readonly string[]): number => row.findLastIndex((text) => text.trim() !== '') + 1;
