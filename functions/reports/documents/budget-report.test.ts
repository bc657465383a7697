import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../pdf/pdf-check.fixture.js';
import { seedContext, seedTables } from '../report.fixture.js';
import { readSheet } from '../xlsx/xlsx-read.fixture.js';
import { renderBudgetPdf, renderBudgetXlsx } from './budget-report.js';

const { budget } = seedTables(4);
const context = seedContext(4);

describe('Realisasi Anggaran as XLSX', async () => {
  const { sheet, rowWith } = await readSheet(await renderBudgetXlsx(budget, context));
  const body = rowWith('No') + 2;
  const figures = (row: number) => [3, 4, 5, 6].map((c) => sheet.getCell(row, c).value);

  it('lists each program as a subtotal row above its activities', () => {
    let row = body;
    for (const program of budget.programs) {
      expect(sheet.getCell(row, 1).value).toBe(program.code);
      expect(sheet.getCell(row, 2).value).toBe(program.name);
      expect(sheet.getCell(row, 2).font.bold).toBe(true);
      expect(figures(row)).toEqual([
        program.allocation,
        program.realised,
        program.absorption,
        program.remainder,
      ]);
      row += 1;
      for (const activity of program.activities) {
        expect(sheet.getCell(row, 1).value).toBe(activity.code);
        expect(figures(row)).toEqual([
          activity.allocation,
          activity.realised,
          activity.absorption,
          activity.remainder,
        ]);
        row += 1;
      }
    }
    expect(sheet.getCell(row, 1).value).toBe('JUMLAH');
  });

  it('ends with the grand total of direct spending, Rupiah as integers', () => {
    const total = rowWith('JUMLAH');
    expect(figures(total)).toEqual([15_959_915_800, 15_184_698_608, budget.total.absorption, 775_217_192]);
    expect(sheet.getCell(total, 5).value).toBeCloseTo(95.14, 2);
    expect(sheet.getCell(total, 3).numFmt).toBe('#,##0');
    expect(sheet.getCell(total, 5).numFmt).toBe('#,##0.00');
    expect(sheet.model.merges).toContain(`A${total}:B${total}`);
  });
});

describe('Realisasi Anggaran as PDF', () => {
  it('is a valid document showing the totals in Indonesian format', async () => {
    const { pngBytes, text } = await inspectPdf(await renderBudgetPdf(budget, context));
    expect(pngBytes).toBeGreaterThan(10_000);
    expect(text).toContain('REALISASI ANGGARAN TAHUN 2019');
    expect(text).toMatch(/JUMLAH\s+15\.959\.915\.800\s+15\.184\.698\.608\s+95,14\s+775\.217\.192/);
  });
});
