import type { THoliday, THolidayYear } from '../model/calendar.js';

const holiday = (date: string, name: string): THoliday => ({ date, name, kind: 'holiday' });
const cutiBersama = (date: string, name: string): THoliday => ({ date, name, kind: 'cuti_bersama' });

/**
 * The national holidays and cuti bersama a region's calendar starts from, per year: drawn from the
 * `date-holidays` library (country ID) and corrected by hand to the government's joint decree
 * (SKB) where they differ; `national-holidays.test.ts` lists every correction and checks that the
 * rest is the library's. The region's administrator changes a year's list as decrees change it
 * (a Keppres adding an election day, a revised SKB).
 */
export const nationalHolidays: Readonly<Record<number, THolidayYear>> = {
  2019: {
    year: 2019,
    decree: 'SKB Menag, Menaker dan MenPAN-RB No. 617, 262 dan 16 Tahun 2018; Keppres No. 10 Tahun 2019',
    holidays: [
      holiday('2019-01-01', 'Tahun Baru 2019 Masehi'),
      holiday('2019-02-05', 'Tahun Baru Imlek 2570 Kongzili'),
      holiday('2019-03-07', 'Hari Raya Nyepi Tahun Baru Saka 1941'),
      holiday('2019-04-03', 'Isra Mikraj Nabi Muhammad SAW'),
      holiday('2019-04-17', 'Pemungutan Suara Pemilihan Umum 2019'),
      holiday('2019-04-19', 'Wafat Isa Almasih'),
      holiday('2019-05-01', 'Hari Buruh Internasional'),
      holiday('2019-05-19', 'Hari Raya Waisak 2563'),
      holiday('2019-05-30', 'Kenaikan Isa Almasih'),
      holiday('2019-06-01', 'Hari Lahir Pancasila'),
      cutiBersama('2019-06-03', 'Cuti bersama Hari Raya Idul Fitri 1440 H'),
      cutiBersama('2019-06-04', 'Cuti bersama Hari Raya Idul Fitri 1440 H'),
      holiday('2019-06-05', 'Hari Raya Idul Fitri 1440 H'),
      holiday('2019-06-06', 'Hari Raya Idul Fitri 1440 H'),
      cutiBersama('2019-06-07', 'Cuti bersama Hari Raya Idul Fitri 1440 H'),
      holiday('2019-08-11', 'Hari Raya Idul Adha 1440 H'),
      holiday('2019-08-17', 'Hari Kemerdekaan Republik Indonesia'),
      holiday('2019-09-01', 'Tahun Baru Islam 1441 H'),
      holiday('2019-11-09', 'Maulid Nabi Muhammad SAW'),
      cutiBersama('2019-12-24', 'Cuti bersama Hari Raya Natal'),
      holiday('2019-12-25', 'Hari Raya Natal'),
    ],
  },
  2026: {
    year: 2026,
    decree: 'SKB Menag, Menaker dan MenPAN-RB No. 1497, 2 dan 5 Tahun 2025',
    holidays: [
      holiday('2026-01-01', 'Tahun Baru 2026 Masehi'),
      holiday('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
      cutiBersama('2026-02-16', 'Cuti bersama Tahun Baru Imlek'),
      holiday('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
      cutiBersama('2026-03-18', 'Cuti bersama Hari Suci Nyepi'),
      holiday('2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'),
      cutiBersama('2026-03-20', 'Cuti bersama Idulfitri 1447 H'),
      holiday('2026-03-21', 'Idulfitri 1447 H'),
      holiday('2026-03-22', 'Idulfitri 1447 H'),
      cutiBersama('2026-03-23', 'Cuti bersama Idulfitri 1447 H'),
      cutiBersama('2026-03-24', 'Cuti bersama Idulfitri 1447 H'),
      holiday('2026-04-03', 'Wafat Yesus Kristus'),
      holiday('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
      holiday('2026-05-01', 'Hari Buruh Internasional'),
      holiday('2026-05-14', 'Kenaikan Yesus Kristus'),
      cutiBersama('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
      holiday('2026-05-27', 'Iduladha 1447 H'),
      cutiBersama('2026-05-28', 'Cuti bersama Iduladha 1447 H'),
      holiday('2026-05-31', 'Hari Raya Waisak 2570 BE'),
      holiday('2026-06-01', 'Hari Lahir Pancasila'),
      holiday('2026-06-16', 'Tahun Baru Islam 1448 H'),
      holiday('2026-08-17', 'Proklamasi Kemerdekaan'),
      holiday('2026-08-25', 'Maulid Nabi Muhammad SAW'),
      cutiBersama('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'),
      holiday('2026-12-25', 'Kelahiran Yesus Kristus'),
    ],
  },
  // No decree for 2027 could be read when this was written: the library's dates, with the Islamic
  // days as Indonesia's calendar expects them, and no cuti bersama until the region enters the SKB's.
  2027: {
    year: 2027,
    holidays: [
      holiday('2027-01-01', 'Tahun Baru 2027 Masehi'),
      holiday('2027-01-05', 'Isra Mikraj Nabi Muhammad SAW'),
      holiday('2027-02-06', 'Tahun Baru Imlek 2578 Kongzili'),
      holiday('2027-03-08', 'Hari Suci Nyepi Tahun Baru Saka 1949'),
      holiday('2027-03-10', 'Idulfitri 1448 H'),
      holiday('2027-03-11', 'Idulfitri 1448 H'),
      holiday('2027-03-26', 'Wafat Yesus Kristus'),
      holiday('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)'),
      holiday('2027-05-01', 'Hari Buruh Internasional'),
      holiday('2027-05-06', 'Kenaikan Yesus Kristus'),
      holiday('2027-05-16', 'Iduladha 1448 H'),
      holiday('2027-05-20', 'Hari Raya Waisak 2571 BE'),
      holiday('2027-06-01', 'Hari Lahir Pancasila'),
      holiday('2027-06-07', 'Tahun Baru Islam 1449 H'),
      holiday('2027-08-15', 'Maulid Nabi Muhammad SAW'),
      holiday('2027-08-17', 'Proklamasi Kemerdekaan'),
      holiday('2027-12-25', 'Kelahiran Yesus Kristus; Isra Mikraj Nabi Muhammad SAW'),
    ],
  },
};

/**
 * The year's national list to start from. For a year nobody has entered yet, the holidays the law
 * fixes to a date every year (New Year, Labour Day, Pancasila, Independence, Christmas), so that a
 * count running into January still skips New Year's Day; the region adds the rest from the SKB.
 */
export const nationalHolidaysOf = (year: number): THolidayYear =>
  nationalHolidays[year] ?? {
    year,
    holidays: [
      holiday(`${year}-01-01`, `Tahun Baru ${year} Masehi`),
      holiday(`${year}-05-01`, 'Hari Buruh Internasional'),
      holiday(`${year}-06-01`, 'Hari Lahir Pancasila'),
      holiday(`${year}-08-17`, 'Hari Kemerdekaan Republik Indonesia'),
      holiday(`${year}-12-25`, 'Hari Raya Natal'),
    ],
  };
