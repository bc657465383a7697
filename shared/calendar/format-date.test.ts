import { describe, expect, it } from 'vitest';
import { formatInstant } from './format-date.js';

const due = '2026-04-08T23:59:00+08:00';

describe('formatInstant', () => {
  it('writes a weekday before a date with a comma in both languages, with or without the year', () => {
    expect(formatInstant(due, 'weekdayDay', 'Asia/Makassar', 'id')).toBe('Rabu, 8 Apr');
    expect(formatInstant(due, 'weekdayDay', 'Asia/Makassar', 'en')).toBe('Wednesday, 8 Apr');
    expect(formatInstant(due, 'weekdayDate', 'Asia/Makassar', 'id')).toBe('Rabu, 8 April 2026');
    expect(formatInstant(due, 'weekdayDate', 'Asia/Makassar', 'en')).toBe('Wednesday, 8 April 2026');
  });

  it('reads the instant in the agency’s zone: past midnight in WIT is the next day', () => {
    expect(formatInstant(due, 'weekdayDay', 'Asia/Jayapura', 'en')).toBe('Thursday, 9 Apr');
    expect(formatInstant(due, 'shortDateTime', 'Asia/Jayapura', 'id')).toBe('9 Apr 2026, 00.59');
  });
});
