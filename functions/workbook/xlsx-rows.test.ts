import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assertXlsxWithinLimits } from './xlsx-rows.js';

/** A workbook's zip of one sheet: its rows' XML after the opening tags and `lead` (which shifts them). */
const sheetOf = (rows: string, lead = '') =>
  zipSync({
    'xl/workbook.xml': strToU8('<workbook/>'),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${lead}${rows}</sheetData></worksheet>`),
  });

const rowsRefused = (rows: number) =>
  expect.objectContaining({ problem: { code: 'tooManyRows', rows, maxRows: 10_000 } });

describe('the rows of an XLSX, counted before exceljs opens it', () => {
  it.each(['', 'x:'])('counts every row of a sheet of megabytes, its tags %j, none twice', (tag) => {
    const row = (r: number) =>
      `<${tag}row r="${r}"><${tag}c r="A${r}" t="inlineStr"><${tag}is><${tag}t>${'x'.repeat(r % 397)}</${tag}t></${tag}is></${tag}c></${tag}row>`;
    const rows = (n: number) => Array.from({ length: n }, (_, i) => row(i + 1)).join('');
    expect(() => assertXlsxWithinLimits(sheetOf(rows(12_345)))).toThrow(rowsRefused(12_345));
    expect(() => assertXlsxWithinLimits(sheetOf(rows(10_000)))).not.toThrow();
  });

  it('counts a row whose tag the first megabyte cuts in two', () => {
    // 25 bytes before the rows: the row at 1.048.573 runs over the megabyte's end.
    expect(() => assertXlsxWithinLimits(sheetOf('<row/>'.repeat(200_000), '   '))).toThrow(
      rowsRefused(200_000),
    );
  });
});
