import { defineMessages, plural } from '../../i18n.js';

/** Two versions of a year's performance agreement side by side. */
export const compareMessages = defineMessages(
  {
    title: (year: number) => `Bandingkan versi Perjanjian Kinerja ${year}`,
    left: 'Versi kiri',
    right: 'Versi kanan',
    changed: (n: number) => `${n} nilai berbeda`,
    same: 'Kedua versi sama.',
    what: 'Bagian',
    onlyChanged: 'Baris yang berbeda ditandai.',
  },
  {
    title: (year) => `Compare performance agreement versions ${year}`,
    left: 'Left version',
    right: 'Right version',
    changed: (n) => plural('en', n, { one: `${n} value differs`, other: `${n} values differ` }),
    same: 'The two versions are the same.',
    what: 'Item',
    onlyChanged: 'Rows that differ are highlighted.',
  },
);
