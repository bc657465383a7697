import { describe, expect, it } from 'vitest';
import { sheetOf } from '../checker/checker.fixture.js';
import { agreement2019Perubahan, parts2019 } from '../seed/hss-2019.js';
import { seedUnits } from '../seed/organisation.js';
import type { TSheetCell } from '../workbook/workbook.js';
import { entrySheet, type TEntryValue } from './entry-sheet.js';
import { readEntrySheets } from './read-entry-sheet.js';

const units = Object.values(seedUnits);
const unit = seedUnits.pemberdayaan;
const tw4 = parts2019.filter((p) => p.quarter === 4);
const tw4Of2019 = { year: 2019, quarter: 4 } as const;

const sheet = (locale: 'id' | 'en', filled = true, only = units) =>
  entrySheet({
    agreement: agreement2019Perubahan,
    ...tw4Of2019,
    units: only,
    year: 2019,
    quarter: 4,
    parts: filled ? tw4 : [],
    locale,
  });

type TCellValue = TEntryValue | TSheetCell;
const asSheet = (s: ReturnType<typeof sheet>, rows: TCellValue[][] = s.rows) =>
  sheetOf(s.name, [s.columns.map((c) => c.header), ...rows]);

/** The rows with one cell replaced: the row by its code, the column by its index. */
const withCell = (rows: TCellValue[][], code: string, column: number, value: TCellValue) =>
  rows.map((row) => (row[1] === code ? row.map((cell, c) => (c === column ? value : cell)) : row));

const read = (rows: TCellValue[][], unitId?: string) => {
  const s = sheet('id', false, [unit]);
  return readEntrySheets({
    sheets: [asSheet(s, rows)],
    agreement: agreement2019Perubahan,
    ...tw4Of2019,
    units,
    ...(unitId && { unitId }),
  });
};

describe('entry sheets', () => {
  it("list each unit's indicators with the quarter's targets, then its activities with their alokasi", () => {
    const { name, columns, rows } = sheet('id', false, [unit]);
    expect(name).toBe('Isian TW4 2019');
    expect(columns.map((c) => c.header)).toEqual([
      'Unit kerja',
      'Kode',
      'Indikator / kegiatan',
      'Satuan',
      'Target triwulan / alokasi',
      'Realisasi',
      'Pembilang',
      'Penyebut',
      'Keterangan',
    ]);
    expect(rows.find((row) => row[1] === '1.2.a')).toEqual([
      unit.name,
      '1.2.a',
      'Jumlah anak terlantar yang memperoleh bantuan usaha ekonomi produktif (UEP)',
      'Orang',
      20,
      null,
      null,
      null,
      null,
    ]);
    expect(rows.find((row) => row[1] === '1.2')).toEqual([
      unit.name,
      '1.2',
      'Bantuan Usaha bagi Anak Terlantar',
      'Rp',
      115_100_000,
      null,
      null,
      null,
      null,
    ]);
  });

  it("give back every unit's figures when filled in, in either language", () => {
    for (const locale of ['id', 'en'] as const) {
      const entries = readEntrySheets({
        sheets: [asSheet(sheet(locale))],
        agreement: agreement2019Perubahan,
        ...tw4Of2019,
        units,
      });
      expect(entries.problems).toEqual([]);
      for (const part of tw4) {
        const figures = (rs: typeof part.realisations) =>
          rs
            .filter((r) => r.value !== undefined || r.numerator !== undefined)
            .map(({ indicatorId, value, numerator, denominator }) => ({
              indicatorId,
              value,
              numerator,
              denominator,
            }));
        const entry = entries.units.get(part.unitId);
        expect(figures(entry?.realisations ?? []), part.unitId).toEqual(figures(part.realisations));
        expect(entry?.budget, part.unitId).toEqual(part.budget);
      }
    }
  });

  it('name each cell that cannot be taken in, and what to do about it', () => {
    let rows: TCellValue[][] = sheet('id', false, [unit]).rows;
    rows = withCell(rows, '1.1.a', 5, { text: '1.5', ambiguous: true });
    rows = withCell(rows, '1.2.a', 5, 'dua belas');
    rows = withCell(rows, '1.3.a', 5, 12.5);
    rows = withCell(rows, '1.4.a', 5, 'tidak ada data '.repeat(2000));
    rows = withCell(rows, '1.4.b', 5, { text: '8', number: 8, merged: true });
    rows = withCell(rows, '1.5.a', 5, { text: '1900-01-08', date: true });
    rows = withCell(rows, '1.2', 5, -5);
    rows = [
      ...rows,
      [unit.name, '9.9', 'Kegiatan lain', 'Rp', 100, 50],
      [seedUnits.sekretariat.name, '5.1', 'x', 'Rp', 1, 1],
    ];
    const problems = read(rows, unit.id).problems.map((p) => `${p.row} ${p.column}: ${p.message}`);
    const row = (code: string) => rows.findIndex((r) => r[1] === code) + 2;
    expect(problems).toEqual([
      `${row('1.1.a')} F: '1.5' — gunakan koma untuk desimal (12,5) dan titik untuk ribuan`,
      `${row('1.2.a')} F: 'dua belas' bukan angka`,
      `${row('1.3.a')} F: 12,5: jumlah harus bilangan bulat`,
      `${row('1.4.a')} F: 'tidak ada data tidak ada data tidak ada …' bukan angka`,
      `${row('1.4.b')} F: sel ini bagian dari sel gabungan: pisahkan selnya (Merge & Center) dan isi angka tiap baris`,
      `${row('1.5.a')} F: sel ini berisi tanggal (1900-01-08), bukan angka: format selnya sebagai Angka (Format Sel → Angka), lalu ketik angkanya lagi`,
      `${row('1.2')} F: jumlah rupiah harus bilangan bulat, tidak negatif`,
      `${rows.length} B: kode '9.9' bukan indikator atau kegiatan unit ini pada perjanjian kinerja`,
      `${rows.length + 1} A: baris ini untuk unit '${seedUnits.sekretariat.name}', bukan unit Anda: kosongkan atau hapus baris unit lain, atau unduh lembar isian unit Anda`,
    ]);
  });

  it("take a head's own rows from the planner's whole-quarter sheet, passing over rows that fill nothing", () => {
    const whole = sheet('id', true, units);
    const own = (row: TEntryValue[]) => row[0] === unit.name;
    const blank = (row: TEntryValue[]) => row.map((cell, c) => (c >= 5 ? null : cell));
    const rows: TCellValue[][] = [
      ...whole.rows.map((row) => (own(row) ? row : blank(row))),
      [null, null, 'Catatan: angka sementara', null, null, null, null, null, null],
    ];
    const entries = readEntrySheets({
      sheets: [asSheet(whole, rows)],
      agreement: agreement2019Perubahan,
      ...tw4Of2019,
      units,
      unitId: unit.id,
    });
    expect(entries.problems).toEqual([]);
    expect([...entries.units.keys()]).toEqual([unit.id]);
    expect(entries.units.get(unit.id)?.budget).toEqual(tw4.find((p) => p.unitId === unit.id)?.budget);

    const otherFilled = rows.map((row, r) => (r === 0 ? row.map((cell, c) => (c === 5 ? 12 : cell)) : row));
    const refused = readEntrySheets({
      sheets: [asSheet(whole, otherFilled)],
      agreement: agreement2019Perubahan,
      ...tw4Of2019,
      units,
      unitId: unit.id,
    });
    expect(refused.problems.map((p) => `${p.row} ${p.column}: ${p.message}`)).toEqual([
      `2 A: baris ini untuk unit '${whole.rows[0]?.[0]}', bukan unit Anda: kosongkan atau hapus baris unit lain, atau unduh lembar isian unit Anda`,
    ]);
  });

  it("pass over other units' rows as the whole-quarter sheet gave them out, after those units drafted", () => {
    // The planner sends the sheet round after some units drafted; one head fills their own rows.
    const whole = sheet('id', true, units);
    const options = { agreement: agreement2019Perubahan, ...tw4Of2019, units, unitId: unit.id, parts: tw4 };
    const taken = readEntrySheets({ ...options, sheets: [asSheet(whole)] });
    expect(taken.problems).toEqual([]);
    expect([...taken.units.keys()]).toEqual([unit.id]);

    // A figure of another unit changed since (or typed over by the head) is still refused.
    const other = whole.rows.findIndex((row) => row[0] !== unit.name && typeof row[5] === 'number');
    const changed = whole.rows.map((row, r) =>
      r === other ? row.map((cell, c) => (c === 5 ? 1 : cell)) : row,
    );
    const refused = readEntrySheets({ ...options, sheets: [asSheet(whole, changed)] });
    expect(refused.problems.map((p) => `${p.row} ${p.column}: ${p.message}`)).toEqual([
      `${other + 2} A: baris ini untuk unit '${whole.rows[other]?.[0]}', bukan unit Anda: kosongkan atau hapus baris unit lain, atau unduh lembar isian unit Anda`,
    ]);
  });

  it('take each code once over all sheets: a copy of the sheet kept beside it is refused, not a second figure', () => {
    const filled = sheet('id', true, [unit]);
    const copy = { ...asSheet(filled), name: 'Cadangan' };
    const entries = readEntrySheets({
      sheets: [asSheet(filled), copy],
      agreement: agreement2019Perubahan,
      ...tw4Of2019,
      units,
    });
    expect(entries.problems).toHaveLength(filled.rows.length);
    expect(entries.problems[0]).toEqual({
      sheet: 'Cadangan',
      row: 2,
      column: 'B',
      message: `kode '${filled.rows[0]?.[1]}' sudah diisi di lembar 'Isian TW4 2019', baris 2`,
    });
  });

  it("refuse a sheet named as another quarter's, last year's too, in either language; a renamed one is read", () => {
    const filled = sheet('id', true, [unit]);
    const named = (name: string, quarter: 1 | 4) =>
      readEntrySheets({
        sheets: [{ ...asSheet(filled), name }],
        agreement: agreement2019Perubahan,
        year: 2020,
        quarter,
        units,
      });
    for (const [name, quarter] of [
      ['Isian TW4 2019', 1],
      ['Q3 2020 entry', 4],
    ] as const) {
      const { problems, units: read } = named(name, quarter);
      expect(read.size, name).toBe(0);
      expect(problems, name).toEqual([
        {
          sheet: name,
          row: 1,
          column: 'A',
          message: `ini lembar isian triwulan lain: unduh lembar 'Isian TW${quarter} 2020' dari triwulan ini dan isi angkanya di sana`,
        },
      ]);
    }
    expect(named('Isian TW1 2020', 1).problems).toEqual([]);
    expect(named('Data saya', 1).problems).toEqual([]);
  });

  it('list the first hundred problems of a file full of them, and count them all', () => {
    const bad = Array.from({ length: 150 }, (_, i) => [unit.name, `9.${i}`, 'x', 'Rp', 1, 1]);
    const { problems, problemCount } = read(bad, unit.id);
    expect(problemCount).toBe(150);
    expect(problems).toHaveLength(100);
    expect(problems[99]?.row).toBe(101);
  });

  it('say so where nothing is filled in', () => {
    expect(read(sheet('id', false, [unit]).rows, unit.id).problems).toEqual([
      {
        sheet: 'Isian TW4 2019',
        row: 2,
        column: 'F',
        message:
          'belum ada yang diisi: isi kolom Realisasi (Pembilang dan Penyebut untuk rasio), lalu unggah lagi',
      },
    ]);
  });

  it('say where no entry table was found', () => {
    const entries = readEntrySheets({
      sheets: [sheetOf('Catatan', [['Laporan']])],
      agreement: agreement2019Perubahan,
      ...tw4Of2019,
      units,
    });
    expect(entries.problems.map((p) => p.message)).toEqual([
      'tidak ada tabel isian (kolom Unit kerja, Kode dan Realisasi) di berkas ini',
    ]);
  });
});
