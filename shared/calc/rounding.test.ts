import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalPlaces, roundHalfUp } from './rounding.js';

describe('roundHalfUp', () => {
  it('rounds halves up as written, not as the binary double would', () => {
    expect(roundHalfUp(1.005)).toBe(1.01);
    expect(roundHalfUp(2.675)).toBe(2.68);
    expect(roundHalfUp(92.5, 0)).toBe(93);
    expect(roundHalfUp(95.1427)).toBe(95.14);
    expect(roundHalfUp(-1.005)).toBe(-1.01);
    expect(roundHalfUp(0)).toBe(0);
    expect(roundHalfUp(1e-7)).toBe(0);
    expect(roundHalfUp(15_959_915_800)).toBe(15_959_915_800);
  });

  it('moves a value by at most half a unit of the last place, and is stable', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const rounded = roundHalfUp(x, d);
        return Math.abs(rounded - x) <= 0.5 * 10 ** -d + 1e-6 && roundHalfUp(rounded, d) === rounded;
      }),
    );
  });

  it('keeps no more decimals than asked for', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        const [, fraction = ''] = String(roundHalfUp(x, 2)).split('.');
        return fraction.length <= 2;
      }),
    );
  });
});

describe('decimalPlaces', () => {
  it('counts the decimals typed after the comma', () => {
    expect(decimalPlaces('92,6')).toBe(1);
    expect(decimalPlaces('95,77')).toBe(2);
    expect(decimalPlaces('2229')).toBe(0);
    expect(decimalPlaces('2.347')).toBe(0);
    expect(decimalPlaces('100%')).toBe(0);
  });
});
