import { readFileSync } from 'node:fs';
import type { TCheckedCell, TCheckedSheet } from '../../shared/checker/checked-sheet.js';

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

/** A typed cell as a spreadsheet keeps it: a number where the text is one ("65,74", "100%"). */
function cellOf(text: string): TCheckedCell | null {
  if (text.trim() === '') return null;
  const plain = text.trim().replace(/%$/, '');
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(plain)) return { text };
  return { text, number: Number(plain.replaceAll('.', '').replace(',', '.')) };
}

/** One fixture sheet's rows of text, as typed. */
export const handMadeRows = (file: string): string[][] =>
  readFileSync(new URL(file, folder), 'utf8')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.split('\t'));

/** The fixture workbook's sheets as the upload's parse gives them. */
export const handMadeWorkbook2019 = (): TCheckedSheet[] =>
  Object.entries(handMadeSheets2019).map(([name, file]) => ({
    name,
    rows: handMadeRows(file).map((row) => row.map(cellOf)),
  }));
