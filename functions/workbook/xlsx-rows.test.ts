import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { xlsxWithinLimits } from './xlsx-rows.js';

/** A workbook's zip of one sheet: its rows' XML after the opening tags and `lead` (which shifts them). */
const sheetOf = (rows: string, lead = '', after = '') =>
  zipSync({
    'xl/workbook.xml': strToU8('<workbook/>'),
    'xl/worksheets/sheet1.xml': strToU8(
      `<worksheet><sheetData>${lead}${rows}</sheetData>${after}</worksheet>`,
    ),
  });

/** A sheet of 40 rows of figures, its cells merged over `ranges` as Excel saves them. */
const mergedOver = (...ranges: string[]) =>
  sheetOf(
    range(1, 40).map(figures).join(''),
    '',
    `<mergeCells count="${ranges.length}">${ranges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`,
  );

const mergedRefused = (largest: string) =>
  expect.objectContaining({ problem: { code: 'mergedTooLarge', range: largest, maxCells: 200_000 } });

const figuresRows = () => range(1, 40).map(figures).join('');

const rowsRefused = (rows: number) =>
  expect.objectContaining({ problem: { code: 'tooManyRows', rows, maxRows: 10_000 } });

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** A row of figures as Excel saves it: a code as shared text, a number, a formula's saved result. */
const figures = (r: number) =>
  `<row r="${r}" spans="1:3"><c r="A${r}" t="s"><v>${r}</v></c><c r="B${r}" s="2"><v>${r * 3}</v></c><c r="C${r}" s="2"><f>B${r}/4</f><v>${(r * 3) / 4}</v></c></row>`;
/** A row Excel keeps for its format alone (a fill or border dragged down): no cell at all. */
const excelStyled = (r: number) => `<row r="${r}" spans="1:3" s="1" customFormat="1"/>`;
/** A row LibreOffice keeps for its format: every attribute spelled out, its styled cells empty. */
const libreOfficeStyled = (r: number) =>
  `<row r="${r}" s="2" customFormat="true" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"><c r="A${r}" s="3"/><c r="B${r}" s="3"/><c r="C${r}" s="3"/></row>`;

/** The rows the sheet of a (perhaps rewritten) workbook holds, by their numbers. */
const rowNumbers = (bytes: Uint8Array) =>
  [
    ...strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array()).matchAll(
      /<row r="(\d+)"/g,
    ),
  ].map((match) => Number(match[1]));

describe('the rows of an XLSX, counted before exceljs opens it', () => {
  it.each(['', 'x:'])(
    'counts every row holding a value in a sheet of megabytes, its tags %j, none twice',
    (tag) => {
      const row = (r: number) =>
        `<${tag}row r="${r}"><${tag}c r="A${r}" t="inlineStr"><${tag}is><${tag}t>${'x'.repeat(r % 397)}</${tag}t></${tag}is></${tag}c></${tag}row>`;
      const rows = (n: number) => range(1, n).map(row).join('');
      expect(() => xlsxWithinLimits(sheetOf(rows(12_345)))).toThrow(rowsRefused(12_345));
      expect(() => xlsxWithinLimits(sheetOf(rows(10_000)))).not.toThrow();
    },
  );

  it('takes 40 rows of figures below which Excel or LibreOffice kept 20.000 formatted empty rows', () => {
    for (const styled of [excelStyled, libreOfficeStyled]) {
      const bytes = sheetOf(range(1, 40).map(figures).join('') + range(41, 20_040).map(styled).join(''));
      expect(rowNumbers(xlsxWithinLimits(bytes))).toEqual(range(1, 40));
    }
  });

  it('counts a row by its values (a number, inline text, a formula), whatever its empty styled cells', () => {
    const rows = range(1, 10_001).map(
      (r) =>
        [
          figures(r),
          `<row r="${r}"><c r="A${r}" s="3"/><c r="B${r}" t="inlineStr"><is><t>Kegiatan</t></is></c></row>`,
          `<row r="${r}"><c r="A${r}" s="3"/><c r="B${r}"><f>SUM(C1:C9)</f></c></row>`,
        ][r % 3],
    );
    expect(() => xlsxWithinLimits(sheetOf(rows.join(excelStyled(0))))).toThrow(rowsRefused(10_001));
  });

  it('decides each row whole wherever the first megabyte ends: in its tag, its cells or its value', () => {
    // A row of figures and a styled empty one, 13.000 times: every offset of the pair meets the
    // megabyte's end once over the leads, and each time 13.000 rows hold values.
    const pair = `<row r="9"><c r="A9" s="3"/><c r="B9"><v>7</v></c></row><row r="9" s="1" customFormat="1"/>`;
    for (const lead of range(0, pair.length - 1)) {
      expect(() => xlsxWithinLimits(sheetOf(pair.repeat(13_000), ' '.repeat(lead)))).toThrow(
        rowsRefused(13_000),
      );
    }
  });

  it('leaves a sheet of a few formatted rows as it is, and hands exceljs no empty row of 100.000', () => {
    const few = sheetOf(range(1, 40).map(figures).join('') + range(41, 100).map(excelStyled).join(''));
    expect(xlsxWithinLimits(few)).toBe(few);
    // 100.000 styled empty rows took exceljs 3 s and 200 MB; with their cells, 6 s and 500 MB.
    const many = sheetOf(
      range(1, 20).map(figures).join('') +
        range(21, 100_020).map(libreOfficeStyled).join('') +
        range(100_021, 100_040).map(figures).join(''),
    );
    expect(rowNumbers(xlsxWithinLimits(many))).toEqual([...range(1, 20), ...range(100_021, 100_040)]);
  });

  it('refuses a zip bomb of empty rows as content too large, having counted none', () => {
    expect(() => xlsxWithinLimits(sheetOf('<row/>'.repeat(6_000_000)))).toThrow(
      expect.objectContaining({ problem: { code: 'contentTooLarge' } }),
    );
  });

  it('refuses merged ranges covering more than 200.000 cells, which exceljs would make one by one', () => {
    // A sheet of 1,4 KB merging the whole grid ran exceljs out of 1,5 GB after 28 s (measured).
    expect(() => xlsxWithinLimits(mergedOver('A1:XFD1048576'))).toThrow(mergedRefused('A1:XFD1048576'));
    // Many merges, none large: 21 of 10.000 rows each.
    const columns = range(0, 20).map((c) => String.fromCharCode(65 + c));
    expect(() => xlsxWithinLimits(mergedOver(...columns.map((c) => `${c}1:${c}10000`)))).toThrow(
      mergedRefused('A1:A10000'),
    );
    // A reference written backwards or with $ covers as many; one not read as a range counts as too many.
    expect(() => xlsxWithinLimits(mergedOver('$GR$999:A1', 'B2:C3'))).not.toThrow();
    expect(() => xlsxWithinLimits(mergedOver('GR1001:A1'))).toThrow(mergedRefused('GR1001:A1'));
    expect(() => xlsxWithinLimits(mergedOver('A1:ZZZZ1'))).toThrow(mergedRefused('A1:ZZZZ1'));
  });

  it('takes the merges of a real table: a title across its columns, a figure over a few rows, 200.000 cells at most', () => {
    const titles = range(1, 40).map((r) => `A${r}:AD${r}`);
    const figures = range(0, 999).map((i) => `B${41 + i * 5}:B${45 + i * 5}`);
    const bytes = mergedOver('A1:AD1', ...titles, ...figures);
    expect(xlsxWithinLimits(bytes)).toBe(bytes);
    // The x: prefix of another writer, the grid's 10.000 rows × 20 columns exactly.
    const prefixed = sheetOf(
      figuresRows(),
      '',
      '<x:mergeCells><x:mergeCell ref="A1:T10000"/></x:mergeCells>',
    );
    expect(xlsxWithinLimits(prefixed)).toBe(prefixed);
    const over = sheetOf(figuresRows(), '', '<x:mergeCells><x:mergeCell ref="A1:T10001"/></x:mergeCells>');
    expect(() => xlsxWithinLimits(over)).toThrow(mergedRefused('A1:T10001'));
  });
});
