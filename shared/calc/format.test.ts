import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatFileSize,
  formatNumber,
  formatPercent,
  formatRupiah,
  formatTarget,
  nullMark,
  parseNumber,
} from './format.js';
import { roundHalfUp } from './rounding.js';

describe('formatting for id-ID and English', () => {
  it('prints the report figures the Indonesian way', () => {
    expect(formatPercent(95.1427)).toBe('95,14 %');
    expect(formatRupiah(15_959_915_800)).toBe('Rp 15.959.915.800');
    expect(formatNumber(6_294)).toBe('6.294');
    expect(formatNumber(37.63)).toBe('37,63');
    expect(formatTarget({ value: 81.57, grade: 'A' })).toBe('81,57 (A)');
    expect(formatTarget(2_347)).toBe('2.347');
  });

  it('prints a chart axis tick in percent without trailing zeros', () => {
    expect(formatPercent(50, 'id', { maxDecimals: 1 })).toBe('50 %');
    expect(formatPercent(12.5, 'id', { maxDecimals: 1 })).toBe('12,5 %');
    expect(formatPercent(12.5, 'en', { maxDecimals: 1 })).toBe('12.5%');
  });

  it('prints English with dot decimals and comma groups', () => {
    expect(formatPercent(95.1427, 'en')).toBe('95.14%');
    expect(formatRupiah(15_959_915_800, 'en')).toBe('Rp 15,959,915,800');
    expect(formatTarget({ value: 81.57, grade: 'A' }, 'en')).toBe('81.57 (A)');
  });

  it('rounds half-up before printing', () => {
    expect(formatPercent(1.005)).toBe('1,01 %');
    expect(formatPercent(92.5, 'en')).toBe('92.50%');
    expect(formatNumber(0.125)).toBe('0,13');
  });

  it('shows a dash for a missing figure', () => {
    expect(formatPercent(null)).toBe(nullMark);
    expect(formatRupiah(undefined, 'en')).toBe(nullMark);
    expect(formatNumber(Number.NaN)).toBe('–');
  });

  it('reads typed figures back', () => {
    expect(parseNumber('Rp. 20.100.440.800,00')).toBe(20_100_440_800);
    expect(parseNumber('95,14 %')).toBe(95.14);
    expect(parseNumber('81,57(A)')).toBe(81.57);
    expect(parseNumber('2.347')).toBe(2347);
    expect(parseNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseNumber('–')).toBeNull();
  });

  it('round-trips any number through its printed form, to 2 decimals', () => {
    const locale = fc.constantFrom('id' as const, 'en' as const);
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), locale, (x, l) => {
        return parseNumber(formatNumber(x, { locale: l, decimals: 2 }), l) === roundHalfUp(x, 2);
      }),
    );
  });

  it('round-trips Rupiah amounts exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        (x) => parseNumber(formatRupiah(x)) === x,
      ),
    );
  });

  it('writes file sizes a person can read, a small file never as 0 KB', () => {
    expect(formatFileSize(193)).toBe('193 B');
    expect(formatFileSize(4_812)).toBe('4,7 KB');
    expect(formatFileSize(4_812, 'en')).toBe('4.7 KB');
    expect(formatFileSize(10 * 1024 * 1024)).toBe('10 MB');
  });
});
