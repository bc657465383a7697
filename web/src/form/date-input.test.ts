import { describe, expect, it } from 'vitest';
import { dayText, parseDayText } from './date-input';

describe('dates typed the Indonesian way', () => {
  it('reads a day as dd/mm/yyyy whatever the browser, and refuses days that do not exist', () => {
    expect(parseDayText('10/04/2026')).toBe('2026-04-10');
    expect(parseDayText(' 5-1-2027 ')).toBe('2027-01-05');
    expect(parseDayText('2026-04-10')).toBe('2026-04-10');
    expect(parseDayText('04/31/2026')).toBeNull();
    expect(parseDayText('31/02/2026')).toBeNull();
    expect(parseDayText('besok')).toBeNull();
    expect(dayText('2026-04-10')).toBe('10/04/2026');
  });
});
