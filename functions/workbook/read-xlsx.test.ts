import { describe, expect, it } from 'vitest';
import { xlsxFile } from '../../test/support/xlsx-file.js';
import { readXlsxWorkbook } from './read-xlsx.js';

describe('an XLSX as people save it', () => {
  it("takes a formula's saved result as Excel shows it: 25,3, not 25.300000000000004", async () => {
    const bytes = await xlsxFile((workbook) => {
      const sheet = workbook.addWorksheet('Isian');
      sheet.getCell('A1').value = { formula: 'B1/10', result: 25.300000000000004 };
      sheet.getCell('A2').value = { formula: 'B2/10', result: 0.9514000000000001 };
      sheet.getCell('A2').numFmt = '0.00%';
    });
    const [sheet] = (await readXlsxWorkbook(bytes, 'isian.xlsx')).sheets;
    expect(sheet?.rows.map((row) => row[0])).toEqual([
      { text: '25.3', number: 25.3 },
      { text: '95.14%', number: 95.14 },
    ]);
  });
});
