import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../../shared/checker/check-workbook.js';
import { handMadeWorkbook2019 } from '../../../test/support/hand-made-tables.js';
import { renderFindingsXlsx } from './findings-xlsx.js';
import { readSheet } from './xlsx-read.fixture.js';

describe('renderFindingsXlsx', () => {
  const check = checkWorkbook(handMadeWorkbook2019());
  const render = (locale: 'id' | 'en') =>
    renderFindingsXlsx({
      check,
      fileName: 'LKj 2019.xlsx',
      agencyName: 'Dinas Sosial',
      locale,
      timeZone: 'Asia/Makassar',
      at: new Date('2026-12-02T08:00:00Z'),
    });

  it("lists each finding where it stands, typed and computed, with why, in the reader's language", async () => {
    const { sheet, rowWith } = await readSheet(await render('id'));
    expect(sheet.getCell(1, 1).value).toBe('Hasil pemeriksaan LKj 2019.xlsx');
    expect(sheet.getCell(2, 1).value).toBe('70 angka berbeda dari hasil hitungan.');
    const header = rowWith('Lembar');
    expect(sheet.getRow(header).values).toEqual([
      undefined,
      'Lembar',
      'Sel',
      'Baris',
      'Kolom',
      'Diketik',
      'Dihitung',
      's.d. triwulan',
      'Jenis',
      'Keterangan',
    ]);
    const rows = Array.from({ length: check.findings.length }, (_, i) => sheet.getRow(header + 1 + i));
    const q9 = rows.find((row) => row.getCell(1).value === 'Tabel 2' && row.getCell(2).value === 'Q9');
    expect(q9?.values).toEqual([
      undefined,
      'Tabel 2',
      'Q9',
      '1.2 Bantuan Usaha bagi Anak Terlantar · Jumlah anak terlantar yang memperoleh bantuan usaha ekonomi produktif (UEP)',
      'Capaian(%) TW4',
      '95',
      185,
      92.5,
      'Salah hitung',
      'tidak sesuai dengan target dan realisasi triwulan ini maupun s.d. triwulan ini',
    ]);
    const sisa = rows.find((row) => row.getCell(2).value === 'F12');
    expect(sisa?.getCell(6).value).toBe(10_450_000);
    expect(sisa?.getCell(9).value).toBe(
      'alokasi − realisasi; angka yang diketik adalah sisa baris "Perlindungan sosial bagi anak terlantar"',
    );
  });

  it('speaks English to an English reader', async () => {
    const { sheet } = await readSheet(await render('en'));
    expect(sheet.name).toBe('Findings');
    expect(sheet.getCell(2, 1).value).toBe('70 figures differ from the computation.');
  });

  it('gives the same bytes for the same check', async () => {
    expect((await render('id')).equals(await render('id'))).toBe(true);
  });
});
