import { readFileSync } from 'node:fs';
import { textCell } from '../../shared/workbook/sheet-cells.js';
import { columnLetters, type TSheet } from '../../shared/workbook/workbook.js';

/**
 * The seed report's tables (/work/shared/seed/lkj-dinsos-hss-2019.txt) laid out as the agency
 * would have typed them in Excel, one tab-separated file per sheet: Tabel 1, Tabel 2 (with its
 * header repeated at each page break) and the Realisasi Anggaran table with its total line.
 */
export const handMadeSheets2019 = {
  'Tabel 1': 'tabel-1.tsv',
  'Tabel 2': 'tabel-2.tsv',
  'Realisasi Anggaran': 'realisasi-anggaran.tsv',
} as const;

const folder = new URL('../fixtures/hand-made-lkj-2019/', import.meta.url);

/** One fixture sheet's rows of text, as typed. */
export const handMadeRows = (file: string): string[][] =>
  readFileSync(new URL(file, folder), 'utf8')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.split('\t'));

/** The fixture workbook's sheets as the upload's parse reads a CSV's text cells. */
export const handMadeWorkbook2019 = (): TSheet[] =>
  Object.entries(handMadeSheets2019).map(([name, file]) => ({
    name,
    rows: handMadeRows(file).map((row, r) =>
      row.map((text, c) => textCell(text, { sheet: name, cell: `${columnLetters(c)}${r + 1}` })),
    ),
  }));
