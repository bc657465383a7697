import { describe, expect, it } from 'vitest';
import { isFormulaLike, numberCell, textCell } from './sheet-cells.js';
import { WorkbookProblemError } from './workbook-problem.js';

describe('isFormulaLike', () => {
  it.each(['=1+1', '+1+1', '@SUM(A1)', '-2+3+cmd|x', '\t=1', '\r=1', '-abc'])(
    '%j would run as a formula',
    (text) => {
      expect(isFormulaLike(text)).toBe(true);
    },
  );

  it.each(['-', ' - ', '-12,5', '-6.562', 'Bantuan', '1.5', '65,74 %'])('%j is plain', (text) => {
    expect(isFormulaLike(text)).toBe(false);
  });
});

describe('textCell', () => {
  const place = { sheet: 'PK', cell: 'C4' };

  it('is nothing for blank text, a number where the text reads as one', () => {
    expect(textCell('  ', place)).toBeNull();
    expect(textCell('15.959.915.800', place)).toEqual({ text: '15.959.915.800', number: 15_959_915_800 });
    expect(textCell('1.5', place)).toEqual({ text: '1.5', ambiguous: true });
  });

  it('takes formula-like text from a cell formatted as text', () => {
    expect(textCell('- Persentase PMKS mandiri', place, true)).toEqual({ text: '- Persentase PMKS mandiri' });
  });

  it('refuses formula-like text, naming the sheet and the cell', () => {
    try {
      textCell('=HYPERLINK("x")', place);
      expect.fail('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(WorkbookProblemError);
      expect((error as WorkbookProblemError).problem).toEqual({
        code: 'formulaText',
        sheet: 'PK',
        cell: 'C4',
        text: '=HYPERLINK("x")',
      });
    }
  });
});

describe('numberCell', () => {
  it("is the figure Excel shows, a formula's binary rest left out", () => {
    expect(numberCell(25.300000000000004)).toEqual({ text: '25.3', number: 25.3 });
    expect(numberCell(0.1 + 0.2)).toEqual({ text: '0.3', number: 0.3 });
    expect(numberCell(15_959_915_800)).toEqual({ text: '15959915800', number: 15_959_915_800 });
    expect(numberCell(-0.0001)).toEqual({ text: '-0.0001', number: -0.0001 });
  });
});
