import { defineMessages } from '../../i18n.js';

/** The trends screen: each indicator against its target over the quarters and past years; budget absorption. */
export const trendsMessages = defineMessages(
  {
    title: 'Tren',
    subtitle: (year: number, past: string) =>
      past ? `Tahun ${year}, dibandingkan dengan ${past}` : `Tahun ${year}`,
    noAgreement: (year: number) => `Belum ada Perjanjian Kinerja yang ditandatangani untuk tahun ${year}.`,
    budgetTitle: 'Penyerapan anggaran per triwulan',
    budgetCaption: (allocation: string) => `Penyerapan anggaran dari pagu ${allocation}`,
    budgetIn: 'Dalam triwulan',
    budgetToDate: 's.d. triwulan',
    absorption: 'Serapan s.d. triwulan',
    period: 'Periode',
    target: 'Target',
    realisation: 'Realisasi',
    achievement: 'Capaian',
    /** A past year's own figures beside this year's quarters (to date). */
    pastYear: (year: number) => `${year} (setahun)`,
    quarterToDate: (quarter: string) => `${quarter} (s.d.)`,
    indicatorCaption: (code: string, unit: string) => `${code}: target dan realisasi (${unit})`,
    indicatorsTitle: 'Realisasi terhadap target per indikator',
    indicatorsHint:
      'Tiap triwulan s.d. triwulan itu; tahun-tahun sebelumnya dengan angka setahunnya. Angka lengkap ada di tabel di bawah tiap grafik.',
    figures: 'Angka',
    point: (period: string, realisation: string | null, target: string) =>
      realisation === null
        ? `${period}: belum ada realisasi, target ${target}`
        : `${period}: realisasi ${realisation} dari target ${target}`,
    pointAnnualOnly: (period: string, reason: string, target: string) =>
      `${period}: ${reason}, target ${target}`,
    budgetPoint: (quarter: string, inQuarter: string, toDate: string) =>
      `${quarter}: ${inQuarter} dalam triwulan, ${toDate} s.d. triwulan`,
    quarter: 'Triwulan',
  },
  {
    title: 'Trends',
    subtitle: (year: number, past: string) => (past ? `${year}, compared with ${past}` : `${year}`),
    noAgreement: (year: number) => `No signed performance agreement for ${year} yet.`,
    budgetTitle: 'Budget absorption per quarter',
    budgetCaption: (allocation: string) => `Budget absorbed of the ${allocation} allocation`,
    budgetIn: 'In the quarter',
    budgetToDate: 'Year to date',
    absorption: 'Absorbed to date',
    period: 'Period',
    target: 'Target',
    realisation: 'Realisation',
    achievement: 'Achievement',
    pastYear: (year: number) => `${year} (full year)`,
    quarterToDate: (quarter: string) => `${quarter} (to date)`,
    indicatorCaption: (code: string, unit: string) => `${code}: target and realisation (${unit})`,
    indicatorsTitle: 'Realisation against target per indicator',
    indicatorsHint:
      'Each quarter to date; earlier years with their full-year figures. The exact figures are in the table below each chart.',
    figures: 'Figures',
    point: (period: string, realisation: string | null, target: string) =>
      realisation === null
        ? `${period}: no realisation yet, target ${target}`
        : `${period}: realisation ${realisation} against a target of ${target}`,
    pointAnnualOnly: (period: string, reason: string, target: string) =>
      `${period}: ${reason}, target ${target}`,
    budgetPoint: (quarter: string, inQuarter: string, toDate: string) =>
      `${quarter}: ${inQuarter} in the quarter, ${toDate} to date`,
    quarter: 'Quarter',
  },
);
