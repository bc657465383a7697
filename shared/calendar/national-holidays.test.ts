import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { ZHolidayYearSchema } from '../model/calendar.js';
import { nationalHolidays, nationalHolidaysOf } from './national-holidays.js';

/**
 * Where our list departs from the library's (date-holidays, country ID, public holidays), and
 * why. The library starts each Islamic holiday at the previous day's sunset (its `date` is the
 * calendar day, which we take) and follows a calendar in which Idulfitri can come a day before
 * the Minister of Religion's; it names 27 Rajab "Maulid" where Indonesia keeps Isra Mikraj.
 */
const corrections: Record<number, { dropped: string[]; added: string[]; israMikraj: string[] }> = {
  2019: {
    // SKB 617/262/16 of 2018: Idulfitri 5–6 June, 1 Muharam 1 September; Keppres 10/2019: election day.
    dropped: ['2019-06-04', '2019-08-31'],
    added: ['2019-06-06', '2019-09-01', '2019-04-17'],
    israMikraj: ['2019-04-03'],
  },
  2026: {
    // SKB 1497/2/5 of 2025: Idulfitri 21–22 March; Easter Sunday is a national holiday since 2024.
    dropped: ['2026-03-20'],
    added: ['2026-03-22', '2026-04-05'],
    israMikraj: ['2026-01-16'],
  },
  2027: {
    // Not yet checked against an SKB: Idulfitri, 1 Muharam and Maulid as Indonesian calendars expect them; Easter.
    dropped: ['2027-03-09', '2027-06-06', '2027-08-14'],
    added: ['2027-03-11', '2027-06-07', '2027-08-15', '2027-03-28'],
    israMikraj: ['2027-01-05', '2027-12-25'],
  },
};

const library = new Holidays('ID');
/** The library's public holidays of a year as calendar days, with its rule ("27 Rajab"). */
const libraryDays = (year: number) =>
  library
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    .map((h) => ({ date: h.date.slice(0, 10), rule: h.rule }));

describe('the national holidays a region starts from', () => {
  it.each([2019, 2026, 2027])('%i: the library’s days, with the listed corrections only', (year) => {
    const ours = nationalHolidays[year]?.holidays.filter((h) => h.kind === 'holiday') ?? [];
    const theirs = new Set(libraryDays(year).map((h) => h.date));
    const oursDates = new Set(ours.map((h) => h.date));
    const fix = corrections[year];
    expect([...theirs].filter((d) => !oursDates.has(d)).sort()).toEqual([...(fix?.dropped ?? [])].sort());
    expect([...oursDates].filter((d) => !theirs.has(d)).sort()).toEqual([...(fix?.added ?? [])].sort());
    // The library's "Maulid" of 27 Rajab is Isra Mikraj in ours.
    const rajab27 = libraryDays(year)
      .filter((h) => h.rule === '27 Rajab')
      .map((h) => h.date);
    expect(rajab27).toEqual(fix?.israMikraj);
    for (const date of rajab27) expect(ours.find((h) => h.date === date)?.name).toMatch(/Isra Mikraj/);
  });

  it('counts the days the decrees count: 17 holidays and the cuti bersama', () => {
    const count = (year: number, kind: string) =>
      nationalHolidays[year]?.holidays.filter((h) => h.kind === kind).length;
    expect([count(2019, 'holiday'), count(2019, 'cuti_bersama')]).toEqual([17, 4]);
    expect([count(2026, 'holiday'), count(2026, 'cuti_bersama')]).toEqual([17, 8]);
    expect(nationalHolidays[2027]?.decree).toBeUndefined();
  });

  it('is valid as a region would enter it; a year nobody entered has the fixed-date holidays', () => {
    for (const year of Object.values(nationalHolidays)) expect(ZHolidayYearSchema.parse(year)).toEqual(year);
    const later = nationalHolidaysOf(2031);
    expect(later.holidays.map((h) => h.date)).toEqual([
      '2031-01-01',
      '2031-05-01',
      '2031-06-01',
      '2031-08-17',
      '2031-12-25',
    ]);
    expect(ZHolidayYearSchema.parse(later)).toEqual(later);
  });
});
