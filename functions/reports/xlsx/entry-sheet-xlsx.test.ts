import { describe, expect, it } from 'vitest';
import { entrySheetGrid } from '../../../shared/quarter-sheet/entry-sheet.js';
import { agreement2019Perubahan } from '../../../shared/seed/hss-2019.js';
import { seedUnits } from '../../../shared/seed/organisation.js';
import { renderEntryWorkbook } from './entry-sheet-xlsx.js';
import { readSheet } from './xlsx-read.fixture.js';

describe('renderEntryWorkbook', () => {
  const at = new Date('2026-12-02T08:00:00Z');
  const sheets = Object.values(seedUnits).map((unit) => ({
    name: unit.name,
    grid: entrySheetGrid({ agreement: agreement2019Perubahan, unit, year: 2019, quarter: 3, locale: 'id' }),
  }));

  it('writes one sheet per unit, its grid cell for cell, names cut to what Excel allows', async () => {
    const xlsx = await renderEntryWorkbook(sheets, at);
    const { workbook, sheet, rowWith } = await readSheet(xlsx);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name.slice(0, 31)));
    expect(sheet.getCell(1, 1).value).toBe('Isian realisasi Triwulan 3 tahun 2019');
    const grid = sheets[0]?.grid ?? [];
    const header = rowWith('Kode');
    expect(header).toBe(5);
    grid.slice(4).forEach((values, i) => {
      values.forEach((value, c) => {
        expect(sheet.getCell(5 + i, c + 1).value ?? null).toEqual(value);
      });
    });
  });

  it('gives the same bytes for the same sheets', async () => {
    expect((await renderEntryWorkbook(sheets, at)).equals(await renderEntryWorkbook(sheets, at))).toBe(true);
  });
});
