import { describe, expect, it } from 'vitest';
import { formatPercent } from './format.js';
import { hasParts, ratioPercent, realisedValue } from './realised-value.js';

describe('ratioPercent', () => {
  it('computes Persentase Angka PMKS yang mandiri from its parts: 60,35 %, not the typed 60,85 %', () => {
    expect(formatPercent(ratioPercent(10_249, 16_982))).toBe('60,35 %');
    expect(formatPercent(ratioPercent(705, 11_638))).toBe('6,06 %');
  });

  it('has none over an empty denominator', () => {
    expect(ratioPercent(5, 0)).toBeNull();
  });
});

describe('realisedValue', () => {
  it('takes the parts over nothing, the value otherwise, and nothing when there is nothing to report', () => {
    expect(realisedValue({ indicatorId: 'x', numerator: 1, denominator: 4 })).toBe(25);
    expect(realisedValue({ indicatorId: 'x', value: 0 })).toBe(0);
    expect(realisedValue({ indicatorId: 'x', nothingToReport: true })).toBeNull();
    expect(realisedValue({ indicatorId: 'x' })).toBeNull();
    expect(realisedValue(undefined)).toBeNull();
  });

  it('recognises a realisation with both parts', () => {
    expect(hasParts({ indicatorId: 'x', numerator: 1, denominator: 4 })).toBe(true);
    expect(hasParts({ indicatorId: 'x', value: 25 })).toBe(false);
  });
});
