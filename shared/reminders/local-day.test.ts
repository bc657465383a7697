import { describe, expect, it } from 'vitest';
import { daysBetween, daysLeft, localDate, localHour } from './local-day.js';

describe('local calendar days', () => {
  it('reads the agency’s wall clock, not UTC', () => {
    // 16:30 UTC on 10 April is already the 11th in WITA and WIT, still the 10th in WIB.
    expect(localDate('2026-04-10T16:30:00Z', 'Asia/Jakarta')).toBe('2026-04-10');
    expect(localDate('2026-04-10T16:30:00Z', 'Asia/Makassar')).toBe('2026-04-11');
    expect(localDate('2026-04-10T16:30:00Z', 'Asia/Jayapura')).toBe('2026-04-11');
    expect(localHour('2026-04-10T16:30:00Z', 'Asia/Makassar')).toBe(0);
    expect(localHour('2026-04-10T08:00:00+08:00', 'Asia/Makassar')).toBe(8);
    expect(localHour('2026-04-10T08:00:00+08:00', 'Asia/Jakarta')).toBe(7);
  });

  it('counts calendar days across month and year ends', () => {
    expect(daysBetween('2026-03-31', '2026-04-10')).toBe(10);
    expect(daysBetween('2026-12-30', '2027-01-10')).toBe(11);
    expect(daysBetween('2026-04-11', '2026-04-10')).toBe(-1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('gives days left by the local day, whatever the hour', () => {
    const due = '2026-04-10T23:59:00+08:00';
    expect(daysLeft('2026-04-07T00:00:00+08:00', due, 'Asia/Makassar')).toBe(3);
    expect(daysLeft('2026-04-07T23:59:59+08:00', due, 'Asia/Makassar')).toBe(3);
    expect(daysLeft('2026-04-10T23:59:59+08:00', due, 'Asia/Makassar')).toBe(0);
    expect(daysLeft('2026-04-11T00:00:00+08:00', due, 'Asia/Makassar')).toBe(-1);
  });

  it('refuses what is not an instant', () => {
    expect(() => localDate('10 April', 'Asia/Makassar')).toThrow(RangeError);
    // A local time without an offset would depend on the server's zone.
    expect(() => localDate('2026-04-10T08:00:00', 'Asia/Makassar')).toThrow(RangeError);
    expect(localDate('2026-04-10T08:00:00.123Z', 'Asia/Makassar')).toBe('2026-04-10');
  });
});
