import { describe, expect, it } from 'vitest';
import { defaultDueAt, dueDateProblem, isAfter, quarterEndsAt } from './due-date.js';

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

describe('a due date within reason', () => {
  it('falls on or after the quarter ends, in the agency’s zone, and at most 90 days later', () => {
    expect(quarterEndsAt(2026, 1, 'Asia/Makassar')).toBe('2026-04-01T00:00:00+08:00');
    expect(quarterEndsAt(2026, 4, 'Asia/Jakarta')).toBe('2027-01-01T00:00:00+07:00');
    const problem = (dueAt: string) => dueDateProblem(dueAt, 2026, 1, 'Asia/Makassar');
    expect(problem('1970-01-01T00:00:00Z')).toBe(
      'tenggat tidak boleh sebelum triwulan 1 berakhir (2026-04-01)',
    );
    expect(problem('2026-03-31T23:59:00+08:00')).not.toBeNull();
    expect(problem('2026-03-31T16:00:00Z')).toBeNull();
    expect(problem(defaultDueAt(2026, 1, 'Asia/Makassar'))).toBeNull();
    expect(problem('2026-06-30T00:00:00+08:00')).toBeNull();
    expect(problem('2026-06-30T00:00:01+08:00')).toBe(
      'tenggat paling lambat 90 hari setelah triwulan berakhir (2026-06-29)',
    );
  });
});
