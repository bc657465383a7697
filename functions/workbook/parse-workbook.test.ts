import { describe, expect, it } from 'vitest';
import { xlsxFile } from '../../test/support/xlsx-file.js';
import { parseWorkbook } from './parse-workbook.js';

const refused = expect.objectContaining({ problem: { code: 'cellsTooLarge' } });

describe('the cells a parse answers with, which Lambda passes on at 6 MB at most', () => {
  it('refuses a CSV of 400 KB whose 200.000 cells would answer with 6 MB', async () => {
    const csv = new TextEncoder().encode(`${Array(200).fill('1').join(';')}\n`.repeat(1_000));
    await expect(parseWorkbook(csv, 'isian.csv')).rejects.toThrow(refused);
  });

  it('refuses a workbook of 2.000 cells holding a long text each (6 MB), the file itself 40 KB', async () => {
    const text = `Uraian ${'panjang '.repeat(375)}`;
    const bytes = await xlsxFile((workbook) => {
      const sheet = workbook.addWorksheet('Isian');
      for (let r = 0; r < 200; r++) sheet.addRow(Array(10).fill(text));
    });
    await expect(parseWorkbook(bytes, 'isian.xlsx')).rejects.toThrow(refused);
  });

  it('refuses one text merged over 500 rows and 200 columns (100.000 cells, 7 MB)', async () => {
    const bytes = await xlsxFile((workbook) => {
      const sheet = workbook.addWorksheet('Isian');
      sheet.getCell('A1').value = 'Program Perlindungan dan Jaminan Sosial';
      sheet.mergeCells('A1:GR500');
    });
    await expect(parseWorkbook(bytes, 'isian.xlsx')).rejects.toThrow(refused);
  });

  it('reads 10.000 rows of an indicator, its unit and its figure', async () => {
    const csv = new TextEncoder().encode(
      '1.1.a;Persentase PMKS yang memperoleh bantuan sosial;Persen;65,74;1.250.000.000\n'.repeat(10_000),
    );
    expect((await parseWorkbook(csv, 'isian.csv')).sheets[0]?.rows).toHaveLength(10_000);
  });
});
