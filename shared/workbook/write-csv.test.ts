import { describe, expect, it } from 'vitest';
import { csvRows } from './csv.js';
import { readSheetNumber } from './sheet-number.js';
import { writeCsv } from './write-csv.js';

describe('writeCsv', () => {
  it('writes what the upload reads back: semicolons, quotes, Indonesian figures', () => {
    const csv = writeCsv(
      ['Unit kerja', 'Kode', 'Target'],
      [
        ['Bidang; Sosial', '1.2.a', 12.5],
        ['Sekretariat', '=SUM(A1)', 15_959_915_800],
        ['Sekretariat', 'Kata "kutip"', null],
      ],
      'id',
    );
    const rows = csvRows(csv);
    expect(rows[1]).toEqual(['Bidang; Sosial', '1.2.a', '12,5']);
    expect(rows[2]).toEqual(['Sekretariat', "'=SUM(A1)", '15.959.915.800']);
    expect(rows[3]).toEqual(['Sekretariat', 'Kata "kutip"', '']);
    expect(readSheetNumber(rows[2]?.[2] ?? '')).toEqual({ number: 15_959_915_800 });
  });
});
