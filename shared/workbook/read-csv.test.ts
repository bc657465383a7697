import { describe, expect, it } from 'vitest';
import { readCsvWorkbook } from './read-csv.js';

const csv = (text: string) => new TextEncoder().encode(text);

describe('a CSV as Excel saves one', () => {
  it('reads the figures above 20.000 formatted rows Excel saves as lines of separators alone', () => {
    const figures = Array.from({ length: 40 }, (_, i) => `1.1.${i + 1};${i * 3};;`).join('\r\n');
    const { sheets } = readCsvWorkbook(csv(`${figures}\r\n${';;;\r\n'.repeat(20_000)}\r\n\r\n`), 'isian.csv');
    expect(sheets[0]?.rows).toHaveLength(40);
    expect(sheets[0]?.rows[39]).toEqual([{ text: '1.1.40' }, { text: '117', number: 117 }]);
  });

  it('counts a line of separators between figures as the row it is, and reads no empty column past the last value', () => {
    const wide = `Kode;Realisasi${';'.repeat(300)}\n;\n1.1.a;5${';'.repeat(300)}\n`;
    const { sheets } = readCsvWorkbook(csv(wide), 'isian.csv');
    expect(sheets[0]?.rows).toEqual([
      [{ text: 'Kode' }, { text: 'Realisasi' }],
      [],
      [{ text: '1.1.a' }, { text: '5', number: 5 }],
    ]);
  });

  it('reads a file of 5 MB of line breaks as holding no row, not as a crash', () => {
    expect(readCsvWorkbook(csv('\r\n'.repeat(2_500_000)), 'isian.csv').sheets[0]?.rows).toEqual([]);
  });

  it('still refuses more than 10.000 rows holding a value, and a sheet wider than 200 columns', () => {
    expect(() => readCsvWorkbook(csv('1;2\n'.repeat(10_001)), 'isian.csv')).toThrow(
      expect.objectContaining({ problem: { code: 'tooManyRows', rows: 10_001, maxRows: 10_000 } }),
    );
    expect(() => readCsvWorkbook(csv(`${';'.repeat(200)}x\n`), 'isian.csv')).toThrow(
      expect.objectContaining({ problem: { code: 'tooManyColumns', sheet: 'isian', maxColumns: 200 } }),
    );
  });
});
