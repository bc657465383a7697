import type { TLocale } from '../../../shared/i18n.js';

/** Every word the report files print, in Indonesian; the English variant below has the same keys. */
const id = {
  performanceTitle: (quarter: string, year: number) =>
    `TABEL CAPAIAN KINERJA ${quarter.toUpperCase()} TAHUN ${year}`,
  budgetTitle: (year: number) => `REALISASI ANGGARAN TAHUN ${year}`,
  agreementTitle: (year: number) => `PERJANJIAN KINERJA TAHUN ${year}`,
  annualTitle: (year: number) => `CAPAIAN KINERJA TAHUN ${year}`,
  asOf: (quarter: string) => `Keadaan s.d. ${quarter}`,
  agreementVersion: (version: number, revised: boolean) =>
    `Perjanjian Kinerja versi ${version} (${revised ? 'Perubahan' : 'Murni'})`,
  no: 'No',
  owner: 'Sasaran / Program / Kegiatan',
  indicator: 'Indikator Kinerja Sasaran, Program (outcome) dan Kegiatan (output)',
  unitOfMeasure: 'Satuan',
  yearTarget: (year: number) => `Target Tahun ${year}`,
  yearRealisation: (year: number) => `Realisasi Tahun ${year}`,
  yearAchievement: (year: number) => `Capaian Tahun ${year} (%)`,
  quarterTargets: 'Target Triwulan',
  quarterRealisations: 'Realisasi Triwulan',
  achievements: 'Capaian (%)',
  realisation: 'Realisasi',
  achievement: 'Capaian (%)',
  status: 'Status',
  legend: 'Keterangan status capaian:',
  achievementNote:
    'Capaian = realisasi s.d. triwulan dibanding target s.d. triwulan; "–" = tanpa target s.d. triwulan; sel kosong = belum dilaporkan.',
  programActivity: 'Program / Kegiatan',
  allocation: 'Alokasi Anggaran (Rp)',
  realised: 'Realisasi Keuangan (Rp)',
  absorption: 'Realisasi Keuangan (%)',
  remainder: 'Sisa Anggaran (Rp)',
  total: 'JUMLAH',
  objective: 'Sasaran Strategis',
  keyIndicators: 'A. Sasaran Strategis dan Indikator Kinerja Utama',
  programsAndActivities: 'B. Program dan Kegiatan',
  target: 'Target',
  program: 'Program',
  activity: 'Kegiatan',
  budget: 'Anggaran (Rp)',
  generated: (at: string) => `Dibuat ${at}`,
  version: (version: number) => `Versi ${version}`,
  page: (page: number, pages: number) => `Halaman ${page} dari ${pages}`,
  firstParty: 'PIHAK PERTAMA,',
  secondParty: 'PIHAK KEDUA,',
  headOf: (agencyName: string) => `KEPALA ${agencyName.toUpperCase()}`,
  regentOf: (regionName: string) =>
    `${regionName.startsWith('Kota') ? 'WALI KOTA' : 'BUPATI'} ${regionName.replace(/^(Kabupaten|Kota)\s+/, '').toUpperCase()}`,
  nip: (nip: string) => `NIP. ${nip}`,
  agreementIntro: (year: number) =>
    `Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini berjanji mewujudkan target kinerja tahun ${year} berikut, sesuai lampiran perjanjian ini, dan bertanggung jawab atas pencapaiannya.`,
  previousYears: 'Tahun sebelumnya',
  sheetPerformance: 'Capaian Kinerja',
  sheetBudget: 'Realisasi Anggaran',
  sheetAnnual: 'Capaian Tahunan',
};

export type TLabels = typeof id;

const en: TLabels = {
  performanceTitle: (quarter, year) => `PERFORMANCE ACHIEVEMENT TABLE ${quarter.toUpperCase()} ${year}`,
  budgetTitle: (year) => `BUDGET REALISATION ${year}`,
  agreementTitle: (year) => `PERFORMANCE AGREEMENT ${year}`,
  annualTitle: (year) => `PERFORMANCE ACHIEVEMENT ${year}`,
  asOf: (quarter) => `Up to ${quarter}`,
  agreementVersion: (version, revised) =>
    `Performance agreement version ${version} (${revised ? 'revision' : 'original'})`,
  no: 'No',
  owner: 'Objective / Program / Activity',
  indicator: 'Performance indicator of the objective, program (outcome) and activity (output)',
  unitOfMeasure: 'Unit',
  yearTarget: (year) => `Target ${year}`,
  yearRealisation: (year) => `Realisation ${year}`,
  yearAchievement: (year) => `Achievement ${year} (%)`,
  quarterTargets: 'Quarterly target',
  quarterRealisations: 'Quarterly realisation',
  achievements: 'Achievement (%)',
  realisation: 'Realisation',
  achievement: 'Achievement (%)',
  status: 'Status',
  legend: 'Status of achievement:',
  achievementNote:
    'Achievement = realisation to date against target to date; "–" = no target to date; empty cell = not reported yet.',
  programActivity: 'Program / Activity',
  allocation: 'Allocation (Rp)',
  realised: 'Realised (Rp)',
  absorption: 'Realised (%)',
  remainder: 'Remainder (Rp)',
  total: 'TOTAL',
  objective: 'Strategic objective',
  keyIndicators: 'A. Strategic objectives and key performance indicators',
  programsAndActivities: 'B. Programs and activities',
  target: 'Target',
  program: 'Program',
  activity: 'Activity',
  budget: 'Budget (Rp)',
  generated: (at) => `Generated ${at}`,
  version: (version) => `Version ${version}`,
  page: (page, pages) => `Page ${page} of ${pages}`,
  firstParty: 'FIRST PARTY,',
  secondParty: 'SECOND PARTY,',
  headOf: (agencyName) => `HEAD OF ${agencyName.toUpperCase()}`,
  regentOf: (regionName) =>
    `${regionName.startsWith('Kota') ? 'MAYOR OF' : 'REGENT OF'} ${regionName.toUpperCase()}`,
  nip: (nip) => `NIP. ${nip}`,
  agreementIntro: (year) =>
    `To achieve effective, transparent, accountable and results-oriented government, we the undersigned commit to the performance targets of ${year} below and answer for their achievement.`,
  previousYears: 'Previous years',
  sheetPerformance: 'Performance',
  sheetBudget: 'Budget',
  sheetAnnual: 'Annual achievement',
};

/** The labels of a locale. */
export const labelsFor = (locale: TLocale): TLabels => (locale === 'id' ? id : en);

/** A NIP in its usual groups: "19670328 198609 2 001". */
export function formatNip(nip: string): string {
  const digits = nip.replace(/\D/g, '');
  if (digits.length !== 18) return nip;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}
