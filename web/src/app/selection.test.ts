import { describe, expect, it } from 'vitest';
import { currentPeriod, currentYear } from './selection';

describe('the current period', () => {
  it("is last year's TW4 in January, when that is what is due, and the quarter just ended otherwise", () => {
    expect(currentPeriod('Asia/Makassar', '2027-01-07T01:00:00Z')).toEqual({ year: 2026, quarter: 4 });
    expect(currentPeriod('Asia/Makassar', '2027-03-31T15:00:00Z')).toEqual({ year: 2026, quarter: 4 });
    expect(currentPeriod('Asia/Makassar', '2027-04-01T00:00:00+08:00')).toEqual({ year: 2027, quarter: 1 });
    expect(currentPeriod('Asia/Makassar', '2026-12-02T01:00:00Z')).toEqual({ year: 2026, quarter: 3 });
  });

  it("turns with the agency's local midnight, whatever the browser's zone", () => {
    // 31 December 16:30 UTC is already 1 January in WITA, still 31 December in WIB.
    expect(currentYear('Asia/Makassar', '2026-12-31T16:30:00Z')).toBe(2027);
    expect(currentYear('Asia/Jakarta', '2026-12-31T16:30:00Z')).toBe(2026);
  });
});
