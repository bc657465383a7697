import { describe, expect, it } from 'vitest';
import { buildPerformanceTable } from '../../../shared/calc/performance-table.js';
import { deriveAgreementForYear, parts2019 } from '../../../shared/seed/hss-2019.js';
import { inspectPdf } from '../pdf/pdf-check.fixture.js';
import { seedContext, seedTables } from '../report.fixture.js';
import { previousYearOf } from '../tables/annual-report-table.js';
import { readSheet } from '../xlsx/xlsx-read.fixture.js';
import { renderAnnualPdf, renderAnnualXlsx } from './annual-report.js';

const { performance: year2019 } = seedTables(4);
// An earlier year from the same agreement with only its first half reported, for the columns beside.
const year2018 = buildPerformanceTable({
  agreement: deriveAgreementForYear(2018),
  parts: parts2019.map((part) => ({ ...part, year: 2018 })),
  asOfQuarter: 2,
});
const previous = [previousYearOf(year2018)];
const context = seedContext(null);

describe('annual LKj table (Bab III) as XLSX', async () => {
  const { sheet, rowWith, merges } = await readSheet(
    await renderAnnualXlsx({ table: year2019, previous }, context),
  );
  const top = rowWith('No');
  const body = top + 3;

  it('puts the earlier year beside this one under merged year headers', () => {
    expect(sheet.getCell('A1').value).toBe('CAPAIAN KINERJA TAHUN 2019');
    expect(sheet.getCell(top, 5).value).toBe('2018');
    expect(sheet.getCell(top, 7).value).toBe('2019');
    expect(merges).toEqual(
      expect.arrayContaining([`E${top}:F${top}`, `G${top}:I${top}`, `J${top}:J${top + 1}`]),
    );
    expect([5, 6, 7, 8, 9].map((c) => sheet.getCell(top + 1, c).value)).toEqual([
      'Realisasi',
      'Capaian (%)',
      'Target',
      'Realisasi',
      'Capaian (%)',
    ]);
  });

  it("holds each indicator's annual target, realisation and achievement, and last year's", () => {
    year2019.rows.forEach((row, i) => {
      const r = body + i;
      expect(sheet.getCell(r, 3).value).toBe(row.indicatorName);
      expect(sheet.getCell(r, 7).value).toBe(row.target);
      expect(sheet.getCell(r, 8).value).toBe(row.yearRealisation);
      const achievement = sheet.getCell(r, 9).value;
      if (row.yearAchievement === null) expect([null, '–']).toContain(achievement);
      else expect(achievement).toBeCloseTo(row.yearAchievement, 10);
      const before = year2018.rows.find((old) => old.indicatorId === row.indicatorId);
      expect(sheet.getCell(r, 5).value).toBe(before?.yearRealisation ?? null);
    });
  });

  it("reads the main IKU's year from its reported parts, the quarters' sum and the difference beside it", () => {
    const iku = rowWith('Persentase Angka PMKS yang mandiri', 3);
    expect(sheet.getCell(iku, 8).value).toBeCloseTo((10_249 / 16_982) * 100, 10);
    expect(sheet.getCell(iku, 9).value).toBeCloseTo((((10_249 / 16_982) * 100) / 65.74) * 100, 10);
    const note = rowWith(
      'IKU-3 Persentase Angka PMKS yang mandiri: realisasi tahun dari pembilang dan penyebut setahun, 10.249 / 16.982 = 60,35 %; jumlah triwulan 60,29 %, selisih 0,06',
      2,
    );
    expect(note).toBeGreaterThan(body + year2019.rows.length);
    // Program 1's parts, 705 / 11.638, agree with its quarters to 2 decimals: no difference said.
    expect(() =>
      rowWith(
        '1.a Tingkat pemberdayaan sosial terhadap Penyandang Masalah Kesejahteraan Sosial (PMKS): realisasi tahun dari pembilang dan penyebut setahun, 705 / 11.638 = 6,06 %',
        2,
      ),
    ).not.toThrow();
  });

  it('colours the status by the year-end band', () => {
    const i = year2019.rows.findIndex((row) => row.band === 'very-low');
    expect(sheet.getCell(body + i, 10).value).toBe('Sangat rendah');
    expect(sheet.getCell(body + i, 10).fill).toMatchObject({ fgColor: { argb: 'FFC62828' } });
  });
});

describe('annual LKj table as PDF', () => {
  it('is a valid document, also without earlier years', async () => {
    const { pngBytes, text } = await inspectPdf(await renderAnnualPdf({ table: year2019 }, context));
    expect(pngBytes).toBeGreaterThan(10_000);
    expect(text).toContain('CAPAIAN KINERJA TAHUN 2019');
    expect(text).not.toContain('2018');
  });
});
