import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { achievement } from './achievement.js';
import { roundHalfUp } from './rounding.js';

const positive = fc.double({ min: 0.01, max: 1e9, noNaN: true });
const realised = fc.double({ min: 0, max: 1e9, noNaN: true });

describe('achievement', () => {
  it('is realisation over target for higher-is-better (Bantuan Usaha bagi Masyarakat Miskin 120 / 130)', () => {
    expect(roundHalfUp(achievement(120, 130, 'higher') ?? Number.NaN, 2)).toBe(92.31);
    expect(achievement(6_294, 6_562, 'higher')).toBeCloseTo(95.9159, 4);
  });

  it('is (2t − r) / t for lower-is-better, floored at 0', () => {
    expect(achievement(6, 6.67, 'lower')).toBeCloseTo(110.045, 3);
    expect(achievement(6.67, 6.67, 'lower')).toBe(100);
    expect(achievement(20, 6.67, 'lower')).toBe(0);
  });

  it('has none for a zero, negative or missing target, or a missing realisation', () => {
    expect(achievement(120, 0, 'higher')).toBeNull();
    expect(achievement(0, 0, 'lower')).toBeNull();
    expect(achievement(5, -2, 'higher')).toBeNull();
    expect(achievement(5, null, 'higher')).toBeNull();
    expect(achievement(undefined, 10, 'higher')).toBeNull();
  });

  it('is 100 % exactly when the realisation meets the target, for both polarities', () => {
    fc.assert(
      fc.property(positive, (t) => achievement(t, t, 'higher') === 100 && achievement(t, t, 'lower') === 100),
    );
  });

  it('rises with the realisation for higher-is-better and falls for lower-is-better', () => {
    fc.assert(
      fc.property(positive, realised, realised, (t, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const higher = [achievement(low, t, 'higher'), achievement(high, t, 'higher')] as const;
        const lower = [achievement(low, t, 'lower'), achievement(high, t, 'lower')] as const;
        return (higher[0] ?? 0) <= (higher[1] ?? 0) && (lower[0] ?? 0) >= (lower[1] ?? 0);
      }),
    );
  });

  it('never goes below 0 for lower-is-better', () => {
    fc.assert(fc.property(positive, realised, (t, r) => (achievement(r, t, 'lower') ?? -1) >= 0));
  });
});
