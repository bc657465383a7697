import { defineMessages } from '../i18n.js';

/** The files a region compiles from its agencies' accepted quarters: the recapitulation and its titles. */
export const regionReportMessages = defineMessages(
  {
    e81Title: (quarter: string, year: number) =>
      `REKAPITULASI EVALUASI HASIL RENJA PERANGKAT DAERAH ${quarter.toUpperCase()} TAHUN ${year}`,
    performanceTitle: (quarter: string, year: number) =>
      `REKAPITULASI CAPAIAN KINERJA PERANGKAT DAERAH ${quarter.toUpperCase()} TAHUN ${year}`,
    annualTitle: (year: number) => `REKAPITULASI CAPAIAN KINERJA PERANGKAT DAERAH TAHUN ${year}`,
    compiledFrom: (compiled: number, agencies: number) =>
      `Disusun dari triwulan yang diterima Bappeda: ${compiled} dari ${agencies} perangkat daerah`,
    recapSheet: 'Rekap wilayah',
    agency: 'Perangkat daerah',
    quarterState: 'Status triwulan',
    noQuarter: 'Belum ada triwulan',
    allocation: 'Pagu anggaran (Rp)',
    realised: (quarter: string) => `Realisasi anggaran s.d. ${quarter} (Rp)`,
    absorption: 'Serapan (%)',
    averageAchievement: 'Rata-rata capaian kinerja program dan kegiatan (%)',
    band: 'Predikat',
    regionTotal: 'JUMLAH WILAYAH',
    figuresNote:
      'Angka setiap perangkat daerah adalah angka tabelnya sendiri pada triwulan yang diterima Bappeda, di lembar atau halaman berikutnya; perangkat daerah yang triwulannya belum diterima dicantumkan tanpa angka.',
    averageNote:
      'Rata-rata wilayah: rata-rata capaian semua indikator program dan kegiatan perangkat daerah yang diterima, dengan predikat umum.',
  },
  {
    e81Title: (quarter, year) =>
      `RECAPITULATION OF THE AGENCIES' RENJA EVALUATIONS, ${quarter.toUpperCase()} ${year}`,
    performanceTitle: (quarter, year) =>
      `RECAPITULATION OF THE AGENCIES' PERFORMANCE, ${quarter.toUpperCase()} ${year}`,
    annualTitle: (year) => `RECAPITULATION OF THE AGENCIES' PERFORMANCE ${year}`,
    compiledFrom: (compiled, agencies) =>
      `Compiled from the quarters the Bappeda accepted: ${compiled} of ${agencies} agencies`,
    recapSheet: 'Region summary',
    agency: 'Agency',
    quarterState: "Quarter's state",
    noQuarter: 'No quarter yet',
    allocation: 'Budget (Rp)',
    realised: (quarter) => `Spent to ${quarter} (Rp)`,
    absorption: 'Absorbed (%)',
    averageAchievement: 'Mean achievement of programs and activities (%)',
    band: 'Band',
    regionTotal: 'REGION TOTAL',
    figuresNote:
      "Each agency's figures are its own table's for the quarter the Bappeda accepted, on the following sheets or pages; agencies whose quarter is not accepted yet are listed without figures.",
    averageNote:
      "The region's mean: the mean achievement of every program and activity indicator of the accepted agencies, in the common bands.",
  },
);
