import { describe, expect, it } from 'vitest';
import { defaultDueAt, isAfter } from './due-date.js';

describe('defaultDueAt', () => {
  it('is the 10th day after the quarter ends, 23:59 local time', () => {
    expect(defaultDueAt(2026, 1, 'Asia/Makassar')).toBe('2026-04-10T23:59:00+08:00');
    expect(defaultDueAt(2026, 2, 'Asia/Jakarta')).toBe('2026-07-10T23:59:00+07:00');
    expect(defaultDueAt(2026, 3, 'Asia/Jayapura')).toBe('2026-10-10T23:59:00+09:00');
    expect(defaultDueAt(2026, 4, 'Asia/Makassar')).toBe('2027-01-10T23:59:00+08:00');
  });

  it('compares instants across zones, not strings', () => {
    const due = defaultDueAt(2026, 1, 'Asia/Makassar'); // 15:59 UTC
    expect(isAfter('2026-04-10T15:58:59Z', due)).toBe(false);
    expect(isAfter('2026-04-10T16:00:00Z', due)).toBe(true);
    expect(isAfter('2026-04-11T00:30:00+09:00', due)).toBe(false);
  });
});
