import { describe, expect, it } from 'vitest';
import { isBlock, pastedRows, readPastedNumbers } from './pasted-cells';

describe('cells pasted from a spreadsheet', () => {
  it('splits a column and a block as Excel and Sheets copy them, without the last line break', () => {
    expect(pastedRows('130\r\n20\r\n8\r\n')).toEqual([['130'], ['20'], ['8']]);
    expect(pastedRows('10.249\t16.982\n5\t\n')).toEqual([
      ['10.249', '16.982'],
      ['5', ''],
    ]);
    expect(isBlock('130\n20\n')).toBe(true);
    expect(isBlock('130\t20')).toBe(true);
    expect(isBlock('130\n')).toBe(false);
    expect(isBlock('5.000.000,50')).toBe(false);
  });

  it("reads an Indonesian sheet's numbers in an Indonesian form, and an English sheet's too", () => {
    expect(readPastedNumbers(['1.234,5', '6.562', '95,14'], 'id')).toEqual(['1.234,5', '6.562', '95,14']);
    expect(readPastedNumbers(['1,234.5', '6,562', '95.14'], 'id')).toEqual(['1.234,5', '6.562', '95,14']);
    expect(readPastedNumbers(['1.234,5', '100'], 'en')).toEqual(['1,234.5', '100']);
  });

  it("prefers the form's language where both read every cell, and keeps what neither reads", () => {
    expect(readPastedNumbers(['1.234', '20'], 'id')).toEqual(['1.234', '20']);
    expect(readPastedNumbers(['1.234', '20'], 'en')).toEqual(['1.234', '20']);
    expect(readPastedNumbers(['130', 'abc', ''], 'id')).toEqual(['130', 'abc', '']);
    expect(readPastedNumbers(['abc', '1,234.5'], 'id')).toEqual(['abc', '1.234,5']);
  });
});
