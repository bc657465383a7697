import { defineMessages, plural } from '../../i18n.js';

/** The region's dashboard: every agency's quarters for the Bappeda, the Inspektorat and the Bupati. */
export const regionBoardMessages = defineMessages(
  {
    title: 'Dasbor wilayah',
    open: (region: string) => `Dasbor wilayah · ${region}`,
    subtitle: (region: string, year: number) => `${region} · Tahun ${year}`,
    previousYear: (year: number) => `‹ ${year}`,
    nextYear: (year: number) => `${year} ›`,
    counts: (agencies: number, late: number, atRisk: number) =>
      `${agencies} perangkat daerah · ${late} terlambat · ${atRisk} berisiko`,
    none: 'Belum ada perangkat daerah dengan data tahun ini.',
    agency: 'Perangkat daerah',
    late: 'Terlambat',
    atRisk: 'Berisiko',
    noQuarter: 'Belum dibuka',
    submitted: (submitted: number, parts: number) => `${submitted}/${parts} bagian dikirim`,
    overdue: 'Lewat tenggat',
    partsLate: (count: number) => `${count} bagian terlambat`,
    onTime: 'Tepat waktu',
    due: (date: string) => `Tenggat ${date}`,
    iku: 'IKU',
    unscored: (count: number) => `${count} belum dinilai`,
    indicatorsAtRisk: (count: number) => `${count} indikator berisiko`,
    absorption: (percent: string) => `Serapan ${percent}`,
  },
  {
    title: 'Regional dashboard',
    open: (region) => `Regional dashboard · ${region}`,
    subtitle: (region, year) => `${region} · Year ${year}`,
    previousYear: (year) => `‹ ${year}`,
    nextYear: (year) => `${year} ›`,
    counts: (agencies, late, atRisk) =>
      `${agencies} ${plural('en', agencies, { one: 'agency', other: 'agencies' })} · ${late} late · ${atRisk} at risk`,
    none: 'No agency has data for this year yet.',
    agency: 'Agency',
    late: 'Late',
    atRisk: 'At risk',
    noQuarter: 'Not open yet',
    submitted: (submitted, parts) => `${submitted}/${parts} parts submitted`,
    overdue: 'Past due',
    partsLate: (count) => `${count} ${plural('en', count, { one: 'part', other: 'parts' })} late`,
    onTime: 'On time',
    due: (date) => `Due ${date}`,
    iku: 'IKU',
    unscored: (count) => `${count} not yet scored`,
    indicatorsAtRisk: (count) =>
      `${count} ${plural('en', count, { one: 'indicator', other: 'indicators' })} at risk`,
    absorption: (percent) => `Absorption ${percent}`,
  },
);
