import { describe, expect, it } from 'vitest';
import { nationalHolidaysOf } from './national-holidays.js';
import { nationalCalendar, quarterDeadline, quarterDueAt } from './quarter-deadline.js';
import { addDays, addWorkingDays, isWorkingDay, quarterLastDay } from './working-days.js';

const daysOff = (...years: number[]) =>
  new Set(years.flatMap((year) => nationalHolidaysOf(year).holidays.map((h) => h.date)));
const calendarOf = (year: number, workingDays = 5) => ({ ...nationalCalendar(year), rule: { workingDays } });

describe('working days', () => {
  it('skip weekends, national holidays and cuti bersama', () => {
    const off = daysOff(2026);
    expect(isWorkingDay('2026-04-02', off)).toBe(true); // Thursday
    expect(isWorkingDay('2026-04-03', off)).toBe(false); // Wafat Yesus Kristus
    expect(isWorkingDay('2026-04-04', off)).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-23', off)).toBe(false); // cuti bersama Idulfitri
    expect(addWorkingDays('2026-03-31', 5, off)).toBe('2026-04-08');
  });

  it('cross the year, the month and a leap day', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(quarterLastDay(2026, 1)).toBe('2026-03-31');
    expect(quarterLastDay(2026, 2)).toBe('2026-06-30');
    expect(quarterLastDay(2026, 3)).toBe('2026-09-30');
    expect(quarterLastDay(2026, 4)).toBe('2026-12-31');
    // New Year's Day, a weekend and Isra Mikraj 1448 (5 January) come first.
    expect(addWorkingDays('2026-12-31', 5, daysOff(2026, 2027))).toBe('2027-01-11');
    expect(addWorkingDays('2026-12-31', 1, daysOff(2026, 2027))).toBe('2027-01-04');
  });

  it('count at least one day', () => {
    expect(() => addWorkingDays('2026-03-31', 0, new Set())).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-31', 1.5, new Set())).toThrow(RangeError);
  });
});

describe('a quarter’s deadline: the n-th working day after it ends (PP 39/2006: 5)', () => {
  it('falls in 2026 where the decree’s days off put it', () => {
    expect([1, 2, 3, 4].map((q) => quarterDeadline(2026, q as 1, calendarOf(2026)))).toEqual([
      '2026-04-08', // past Good Friday, 3 April
      '2026-07-07',
      '2026-10-07',
      '2027-01-11', // past New Year and Isra Mikraj
    ]);
  });

  it('falls in 2019 past Isra Mikraj and the Idulfitri leave, and into 2020 past New Year', () => {
    expect([1, 2, 3, 4].map((q) => quarterDeadline(2019, q as 1, calendarOf(2019)))).toEqual([
      '2019-04-08',
      '2019-07-05',
      '2019-10-07',
      '2020-01-08',
    ]);
  });

  it('follows the region’s own rule, and ends at 23:59 in the agency’s zone unless extended', () => {
    expect(quarterDeadline(2026, 1, calendarOf(2026, 10))).toBe('2026-04-15');
    expect(quarterDueAt(2026, 1, 'Asia/Makassar', calendarOf(2026))).toBe('2026-04-08T23:59:00+08:00');
    expect(quarterDueAt(2026, 1, 'Asia/Jayapura', calendarOf(2026))).toBe('2026-04-08T23:59:00+09:00');
    expect(quarterDueAt(2026, 1, 'Asia/Jakarta', calendarOf(2026), { dueDate: '2026-04-15' })).toBe(
      '2026-04-15T23:59:00+07:00',
    );
  });
});
