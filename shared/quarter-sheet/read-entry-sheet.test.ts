import { afterEach, describe, expect, it } from 'vitest';
import type { TCheckedCell } from '../checker/checked-sheet.js';
import { sheetOf } from '../checker/checker.fixture.js';
import { setLocaleSource } from '../i18n.js';
import { agreement2019Perubahan, parts2019 } from '../seed/hss-2019.js';
import { seedUnits } from '../seed/organisation.js';
import { entrySheetGrid, type TEntryValue } from './entry-sheet.js';
import { readEntrySheet } from './read-entry-sheet.js';

const unit = seedUnits.pemberdayaan;
const part = parts2019.find((p) => p.quarter === 4 && p.unitId === unit.id);
if (!part) throw new Error('no TW4 part of Pemberdayaan Sosial in the seed');

const grid = (locale: 'id' | 'en', filled = true) =>
  entrySheetGrid({
    agreement: agreement2019Perubahan,
    unit,
    year: 2019,
    quarter: 4,
    locale,
    ...(filled && { part }),
  });

/** The grid with one cell replaced: row by the code in column A, column by index. */
function withCell(rows: TCellValue[][], code: string, column: number, value: TCellValue) {
  return rows.map((row) => (row[0] === code ? row.map((cell, c) => (c === column ? value : cell)) : row));
}

const read = (rows: TCellValue[][]) => readEntrySheet(sheetOf('TW4', rows), agreement2019Perubahan, unit.id);

type TCellValue = TEntryValue | TCheckedCell;

afterEach(() => setLocaleSource(() => 'id'));

describe('entry sheets', () => {
  it("lists the unit's indicators with the quarter's targets, then its activities with their alokasi", () => {
    const rows = grid('id', false);
    expect(rows[1]).toEqual(['Unit kerja', unit.name]);
    expect(rows[4]).toEqual([
      'Kode',
      'Indikator',
      'Satuan',
      'Target triwulan',
      'Realisasi',
      'Pembilang',
      'Penyebut',
      'Keterangan',
    ]);
    expect(rows.find((row) => row[0] === '1.2.a')).toEqual([
      '1.2.a',
      'Jumlah anak terlantar yang memperoleh bantuan usaha ekonomi produktif (UEP)',
      'Orang',
      20,
      null,
      null,
      null,
      null,
    ]);
    expect(rows.find((row) => row[0] === '1.2' && row.length === 4)).toEqual([
      '1.2',
      'Bantuan Usaha bagi Anak Terlantar',
      115_100_000,
      null,
    ]);
  });

  it("gives back the part's figures when filled in, in either language", () => {
    for (const locale of ['id', 'en'] as const) {
      const entry = read(grid(locale));
      expect(entry.problems).toEqual([]);
      expect(entry.unitName).toBe(unit.name);
      const figures = (rs: typeof part.realisations) =>
        rs
          .filter((r) => r.value !== undefined || r.numerator !== undefined)
          .map(({ indicatorId, value, numerator, denominator }) => ({
            indicatorId,
            value,
            numerator,
            denominator,
          }));
      expect(figures(entry.realisations)).toEqual(figures(part.realisations));
      expect(entry.budget).toEqual(part.budget);
    }
  });

  it('names each cell it cannot take in, and what to do about it', () => {
    let rows: TCellValue[][] = grid('id', false);
    rows = withCell(rows, '1.1.a', 4, { text: '1.5', ambiguous: true });
    rows = withCell(rows, '1.2.a', 4, 'dua belas');
    rows = withCell(rows, '1.3.a', 4, 12.5);
    rows = [...rows, ['9.9', 'Kegiatan lain', 100, 50]];
    const problems = read(rows).problems.map((p) => `${p.row} ${p.column}: ${p.message}`);
    const row = (code: string) => rows.findIndex((r) => r[0] === code) + 1;
    expect(problems).toEqual([
      `${row('1.1.a')} E: '1.5' — gunakan koma untuk desimal (12,5) dan titik untuk ribuan`,
      `${row('1.2.a')} E: 'dua belas' bukan angka`,
      `${row('1.3.a')} E: 12,5: jumlah harus bilangan bulat`,
      `${rows.length} A: kode '9.9' bukan kegiatan unit ini pada perjanjian kinerja`,
    ]);
  });
});
