import { describe, expect, it } from 'vitest';
import { yearPartsDifference } from './year-parts.js';

describe("a ratio's year from its parts beside its quarters' sum", () => {
  it('is the difference of the two figures as shown, in points', () => {
    // The seed's IKU-3: 10.249 / 16.982 = 60,35 %, the quarters 60,29 %.
    expect(yearPartsDifference(60.3521, 60.2894)).toBe(0.06);
    expect(yearPartsDifference(60.2894, 60.3521)).toBe(-0.06);
  });

  it('is nothing where the two show alike, however they differ unrounded (never -0)', () => {
    // The seed's 1.a: 705 / 11.638 = 6,06 % both ways.
    expect(yearPartsDifference(6.0577, 6.0561)).toBeNull();
    expect(yearPartsDifference(6.0551, 6.0649)).toBeNull();
  });

  it('is nothing without a sum of quarters', () => {
    expect(yearPartsDifference(60.35, null)).toBeNull();
    expect(yearPartsDifference(null, 60.29)).toBeNull();
  });
});
