import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absorption, assertRupiah, remainder, sumRupiah } from './budget.js';
import { formatPercent } from './format.js';

describe('budget arithmetic', () => {
  it('gives the 2019 direct spending figures: 95,14 % absorbed, Rp 775.217.192 left', () => {
    expect(formatPercent(absorption(15_959_915_800, 15_184_698_608))).toBe('95,14 %');
    expect(remainder(15_959_915_800, 15_184_698_608)).toBe(775_217_192);
  });

  it('computes the sisa the report typed wrong for Penyediaan peralatan dan perlengkapan kantor', () => {
    expect(remainder(99_867_800, 89_417_800)).toBe(10_450_000);
  });

  it('has no absorption without an allocation, and a negative sisa when overspent', () => {
    expect(absorption(0, 0)).toBeNull();
    expect(remainder(100, 150)).toBe(-50);
  });

  it('refuses amounts that are not whole safe Rupiah', () => {
    expect(() => assertRupiah(10.5)).toThrow(RangeError);
    expect(() => sumRupiah([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
    expect(() => remainder(2 ** 53, 0)).toThrow(RangeError);
  });

  it('sums exactly, whatever the order', () => {
    const amounts = fc.array(fc.integer({ min: 0, max: 10_000_000_000_000 }), { maxLength: 40 });
    fc.assert(
      fc.property(amounts, (xs) => {
        const total = sumRupiah(xs);
        return total === sumRupiah([...xs].reverse()) && Number.isSafeInteger(total);
      }),
    );
  });

  it('keeps sisa + realisasi equal to the alokasi', () => {
    const amount = fc.integer({ min: 0, max: 1e15 });
    fc.assert(fc.property(amount, amount, (a, r) => remainder(a, r) + r === a));
  });
});
