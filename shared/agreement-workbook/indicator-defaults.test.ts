import { describe, expect, it } from 'vitest';
import { annualTargetOf, defaultAggregation, defaultPolarity } from './indicator-defaults.js';

describe('the defaults of what an agency’s own PK table leaves out', () => {
  it('takes higher as better unless the name holds a figure to bring down', () => {
    expect(defaultPolarity('Jumlah anak terlantar yang mendapatkan bantuan sosial')).toEqual({
      polarity: 'higher',
    });
    expect(defaultPolarity('Persentase Angka Kemiskinan')).toEqual({
      polarity: 'lower',
      word: 'angka kemiskinan',
    });
    expect(defaultPolarity('Prevalensi stunting balita')).toEqual({ polarity: 'lower', word: 'prevalensi' });
  });

  it('reads how the year follows from the quarters off the table’s own targets', () => {
    expect(defaultAggregation(65.74, [39.29, 19.61, 6.57, 0.27], 'decimal')).toBe('sum');
    expect(defaultAggregation(15, [10, 11, 13, 15], 'count')).toBe('cumulative');
    expect(defaultAggregation(6562, [6562, 6562, 6562, 6562], 'count')).toBe('level');
    // Only TW4 has a target: either fits; a count sums, a score runs to date.
    expect(defaultAggregation(130, [0, 0, 0, 130], 'count')).toBe('sum');
    const akip = { value: 81.57, grade: 'A' };
    expect(defaultAggregation(akip, [0, 0, 0, akip], 'decimal')).toBe('cumulative');
    // Nothing fits: by the kind, and the agreement's rules report the quarters.
    expect(defaultAggregation(100, [10, 20, 30, 20], 'count')).toBe('sum');
  });

  it('without an annual target: a count sums its quarters, any other figure takes TW4’s', () => {
    expect(defaultAggregation(undefined, [0, 0, 20, 20], 'count')).toBe('sum');
    expect(annualTargetOf('sum', [0, 0, 20, 20])).toBe(40);
    expect(annualTargetOf('sum', [39.29, 19.61, 6.57, 0.27])).toBe(65.74);
    expect(defaultAggregation(undefined, [22.4, 22.8, 23.1, 23.5], 'decimal')).toBe('cumulative');
    expect(annualTargetOf('cumulative', [22.4, 22.8, 23.1, 23.5])).toBe(23.5);
    expect(defaultAggregation(undefined, [100, 100, 100, 100], 'decimal')).toBe('level');
    expect(annualTargetOf('level', [100, 100, 100, 100])).toBe(100);
  });
});
