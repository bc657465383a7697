import { afterEach, describe, expect, it } from 'vitest';
import { setLocaleSource } from '../i18n.js';
import { extensionProblem } from './extension-rules.js';
import { nationalHolidaysOf } from './national-holidays.js';

const calendar = {
  rule: { workingDays: 5 },
  holidays: [...nationalHolidaysOf(2026).holidays, ...nationalHolidaysOf(2027).holidays],
};
const problem = (dueDate: string) => extensionProblem(dueDate, 2026, 1, calendar);

afterEach(() => setLocaleSource(() => 'id'));

describe('an extension of a quarter’s deadline', () => {
  it('is a working day after the region’s deadline, at most 90 days after the quarter', () => {
    expect(problem('2026-04-09')).toBeNull();
    expect(problem('2026-06-29')).toBeNull(); // Monday, the 90th day after 31 March
    expect(problem('2026-04-08')).toBe('perpanjangan harus setelah tenggat 2026-04-08');
    expect(problem('2026-03-01')).toBe('perpanjangan harus setelah tenggat 2026-04-08');
    expect(problem('2026-06-30')).toBe(
      'tenggat paling lambat 90 hari setelah triwulan berakhir (2026-06-29)',
    );
    expect(problem('2026-04-11')).toBe('bukan hari kerja: akhir pekan, hari libur atau cuti bersama');
    expect(problem('2026-05-15')).toBe('bukan hari kerja: akhir pekan, hari libur atau cuti bersama');
  });

  it('says so in English to an English reader', () => {
    setLocaleSource(() => 'en');
    expect(problem('2026-04-11')).toBe('not a working day: a weekend, a holiday or cuti bersama');
  });
});
