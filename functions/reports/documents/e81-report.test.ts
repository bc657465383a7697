import { describe, expect, it } from 'vitest';
import { inspectPdf, wordsBrokenInside } from '../pdf/pdf-check.fixture.js';
import { seedContext, seedTables } from '../report.fixture.js';
import { e81Sheet } from '../tables/e81-report-table.js';
import { readSheet } from '../xlsx/xlsx-read.fixture.js';
import { renderE81Pdf, renderE81Xlsx } from './e81-report.js';

const { e81, performance, budget } = seedTables(4);
const context = seedContext(4);

// Columns as the form numbers them: 1–5 text, then K and Rp of 6, 7, 8, 9–12, 13, 14, 15, 16.
const k = (column: number) => 6 + 2 * (column - 6);
const rp = (column: number) => k(column) + 1;

describe('Tabel E.81 as XLSX', async () => {
  const { sheet, rowWith } = await readSheet(await renderE81Xlsx(e81, context));
  const numbers = rowWith('1');
  const first = numbers + 1;

  it("numbers the form's columns 1–18 and holds the performance table's K figures, row by row", () => {
    expect(sheet.getCell(numbers, k(16)).value).toBe('16');
    expect(sheet.getCell(numbers, rp(16) + 2).value).toBe('18');
    const withIndicator = e81.rows.flatMap((row, i) => (row.kinerja ? [i] : []));
    withIndicator.forEach((index, i) => {
      const same = performance.rows[i];
      const row = first + index;
      expect(sheet.getCell(row, 5).value).toBe(same?.indicatorName);
      expect(sheet.getCell(row, k(8)).value).toBe(same?.target);
      expect([9, 10, 11, 12].map((c) => sheet.getCell(row, k(c)).value)).toEqual(same?.realisations);
      expect(sheet.getCell(row, k(13)).value).toBe(same?.yearRealisation);
    });
  });

  it("holds the budget table's Rp figures and ends with the agency's total: 95,14 % absorbed", () => {
    for (const program of budget.programs)
      for (const activity of program.activities) {
        const index = e81.rows.findIndex((r) => r.level === 'activity' && r.code === activity.code);
        expect(sheet.getCell(first + index, rp(8)).value).toBe(activity.allocation);
        expect(sheet.getCell(first + index, rp(13)).value).toBe(activity.realised);
      }
    const total = rowWith('JUMLAH');
    expect(sheet.getCell(total, rp(8)).value).toBe(15_959_915_800);
    expect(sheet.getCell(total, rp(13)).value).toBe(15_184_698_608);
    expect(sheet.getCell(total, rp(14)).value).toBeCloseTo(95.14, 2);
    expect(sheet.getCell(total, rp(8)).numFmt).toBe('#,##0');
    expect(sheet.getCell(first, k(6)).value).toBe('–');
  });
});

describe('Tabel E.81 as PDF', () => {
  it('is a valid A3 document with its title, form and total in Indonesian format', async () => {
    const { pngBytes, text } = await inspectPdf(await renderE81Pdf(e81, context));
    expect(pngBytes).toBeGreaterThan(10_000);
    expect(text).toContain('EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TRIWULAN IV TAHUN 2019');
    expect(text).toContain('Tabel E.81');
    expect(text).toMatch(/15\.959\.915\.800/);
    expect(text).toMatch(/15\.184\.698\.608/);
    expect(text).toContain('95,14');
  });

  it('breaks no word of its names and headers inside: each column holds its longest word', async () => {
    const { table } = e81Sheet(e81, context);
    expect(await wordsBrokenInside(table, await renderE81Pdf(e81, context))).toEqual([]);
  });
});
