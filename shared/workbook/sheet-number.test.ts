import { describe, expect, it } from 'vitest';
import { readSheetNumber } from './sheet-number.js';

describe('readSheetNumber', () => {
  it.each([
    ['15.959.915.800', 15_959_915_800],
    ['Rp 15.959.915.800', 15_959_915_800],
    ['65,74', 65.74],
    ['95,14 %', 95.14],
    ['6562', 6562],
    ['6.562', 6562],
    ['1.234.567,5', 1_234_567.5],
    ['-12,5', -12.5],
    ['0', 0],
    [' 1 500 ', 1500],
    ['15.959.915.800,00', 15_959_915_800],
    ['Rp 15.959.915.800,-', 15_959_915_800],
    ["'1.234.567", 1_234_567],
    ["'95,14", 95.14],
    ['6.562\u00a0', 6562],
    [`6.562${' '.repeat(100)}`, 6562],
  ])('reads %s as %d', (text, number) => {
    expect(readSheetNumber(text)).toEqual({ number });
  });

  it.each(['1.5', '12.25', '0.5', '1.2345', '1,234.5', '12,345,678'])(
    'calls %s ambiguous: a dot that groups no thousands or an English grouping',
    (text) => {
      expect(readSheetNumber(text)).toEqual({ ambiguous: true });
    },
  );

  it.each([
    '',
    '-',
    "'",
    'Orang',
    '1.2.3',
    '12,3,4',
    'TW1',
    '1.50.000',
    "''5",
    '1'.repeat(65),
    'tidak ada data '.repeat(2000),
  ])('reads no number in %j', (text) => {
    expect(readSheetNumber(text)).toBeUndefined();
  });
});
