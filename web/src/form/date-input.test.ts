import { describe, expect, it } from 'vitest';
import { dayText, parseDayText, parseTimeText, timeText } from './date-input';

describe('dates and times typed the Indonesian way', () => {
  it('reads a day as dd/mm/yyyy whatever the browser, and refuses days that do not exist', () => {
    expect(parseDayText('10/04/2026')).toBe('2026-04-10');
    expect(parseDayText(' 5-1-2027 ')).toBe('2027-01-05');
    expect(parseDayText('2026-04-10')).toBe('2026-04-10');
    expect(parseDayText('04/31/2026')).toBeNull();
    expect(parseDayText('31/02/2026')).toBeNull();
    expect(parseDayText('besok')).toBeNull();
    expect(dayText('2026-04-10')).toBe('10/04/2026');
  });

  it('reads a 24-hour time with a dot or a colon and writes it back the language’s way', () => {
    expect(parseTimeText('23.59')).toBe('23:59');
    expect(parseTimeText('8:05')).toBe('08:05');
    expect(parseTimeText('24.00')).toBeNull();
    expect(parseTimeText('11:59 PM')).toBeNull();
    expect(timeText('23:59', 'id')).toBe('23.59');
    expect(timeText('23:59', 'en')).toBe('23:59');
  });
});
