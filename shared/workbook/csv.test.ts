import { describe, expect, it } from 'vitest';
import { csvRows, csvText } from './csv.js';

describe('csvRows', () => {
  it('takes the separator the first line uses: ; from an Indonesian Excel, , elsewhere', () => {
    expect(csvRows('a;b;"1,5"\n1;2;3')).toEqual([
      ['a', 'b', '1,5'],
      ['1', '2', '3'],
    ]);
    expect(csvRows('a,b,"1;5"\r\n1,2,3\r\n')).toEqual([
      ['a', 'b', '1;5'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps quoted separators, doubled quotes and line breaks in a field, and drops a BOM', () => {
    expect(csvRows('\uFEFF"Program ""A"";\nbaris dua";x')).toEqual([['Program "A";\nbaris dua', 'x']]);
  });

  it('keeps blank rows as rows of empty fields', () => {
    expect(csvRows('a;b\n;\nc;d')).toEqual([
      ['a', 'b'],
      ['', ''],
      ['c', 'd'],
    ]);
  });
});

describe('csvText', () => {
  it('reads UTF-8, and Windows-1252 where the bytes are no UTF-8', () => {
    expect(csvText(new TextEncoder().encode('Rp ½'))).toBe('Rp ½');
    expect(csvText(new Uint8Array([0x52, 0x70, 0x20, 0xbd]))).toBe('Rp ½');
  });
});
