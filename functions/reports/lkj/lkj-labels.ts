import type { TLocale } from '../../../shared/i18n.js';

/** The LKj draft's headings and generated sentences; `todo` marks what the planner writes. */
const id = {
  cover: (year: number) => ['LAPORAN KINERJA (LKj)', `TAHUN ${year}`],
  foreword: 'KATA PENGANTAR',
  forewordText: (agency: string, year: number) =>
    `Laporan Kinerja (LKj) ${agency} Tahun ${year} disusun sebagai bentuk pertanggungjawaban atas pelaksanaan program dan kegiatan serta penggunaan anggaran tahun ${year}, dengan berpedoman pada Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014.`,
  summary: 'IKHTISAR EKSEKUTIF',
  summaryIndicators: (count: number, year: number) =>
    `Pada tahun ${year} terdapat ${count} indikator kinerja dalam Perjanjian Kinerja, dengan status capaian sebagai berikut:`,
  bandCount: (label: string, count: number) => `${label}: ${count} indikator`,
  noAchievement: (count: number) => `Belum dapat diukur: ${count} indikator`,
  budgetSentence: (allocation: string, realised: string, absorption: string, remainder: string) =>
    `Pagu belanja langsung sebesar ${allocation} dengan realisasi ${realised} atau serapan ${absorption}, dengan sisa anggaran ${remainder}.`,
  chapter1: 'BAB I PENDAHULUAN',
  background: 'A. Latar Belakang',
  duties: 'B. Tugas dan Fungsi',
  organisation: 'C. Struktur Organisasi',
  organisationText: (agency: string) => `Dalam melaksanakan tugasnya, Kepala ${agency} dibantu oleh:`,
  legalBasis: 'D. Dasar Hukum',
  legalBasisItems: [
    'Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;',
    'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah.',
  ],
  chapter2: 'BAB II PERENCANAAN KINERJA',
  strategicPlan: 'A. Perencanaan Strategis',
  strategicPlanText: 'Sasaran strategis yang ingin dicapai:',
  keyIndicators: 'B. Indikator Kinerja Utama',
  agreement: 'C. Perjanjian Kinerja',
  chapter3: 'BAB III AKUNTABILITAS KINERJA',
  achievements: 'A. Capaian Kinerja Organisasi',
  keyAchievements: '1) Capaian Indikator Kinerja Utama',
  measurement: '2) Pengukuran, Evaluasi dan Analisis Kinerja atas Perjanjian Kinerja',
  programSentence: (indicator: string, target: string, realised: string, achievement: string) =>
    `Indikator ${indicator} dengan target ${target} terealisasi ${realised} (capaian ${achievement}).`,
  activitiesCarriedOut: 'Kegiatan yang dilaksanakan:',
  supportingFactors: 'Faktor pendukung dalam mencapai sasaran:',
  obstacles: 'Faktor penghambat dalam mencapai sasaran:',
  actionsTaken: 'Upaya yang dilakukan untuk mengatasi hambatan:',
  noNarrative: 'Uraian program belum diisi oleh unit kerja.',
  budget: 'B. Realisasi Anggaran',
  awards: 'C. Prestasi / Penghargaan',
  chapter4: 'BAB IV PENUTUP',
  closing: (agency: string, year: number) =>
    `Laporan Kinerja ${agency} Tahun ${year} ini merupakan pertanggungjawaban tertulis atas kinerja yang dicapai, sebagai bahan evaluasi dan perbaikan kinerja pada tahun berikutnya.`,
  todo: (what: string) => `[Diisi oleh perencana: ${what}]`,
  todoBackground: 'dasar pembentukan organisasi dan maksud penyusunan LKj',
  todoDuties: 'tugas pokok dan fungsi sesuai peraturan kepala daerah',
  todoStrategicPlan: 'visi, misi, tujuan dan sasaran Renstra',
  todoAnalysis:
    'analisis keberhasilan dan kegagalan per indikator serta perbandingan dengan tahun-tahun sebelumnya',
  todoAwards: 'daftar prestasi dan penghargaan tahun ini',
  todoClosing: 'kesimpulan dan langkah perbaikan ke depan',
};

export type TLkjLabels = typeof id;

const en: TLkjLabels = {
  cover: (year) => ['PERFORMANCE REPORT (LKj)', `${year}`],
  foreword: 'FOREWORD',
  forewordText: (agency, year) =>
    `This performance report of ${agency} for ${year} accounts for the programs, activities and budget of ${year}, following Regulation 53/2014 of the Minister of Administrative and Bureaucratic Reform.`,
  summary: 'EXECUTIVE SUMMARY',
  summaryIndicators: (count, year) =>
    `In ${year} the performance agreement holds ${count} indicators, with these statuses:`,
  bandCount: (label, count) => `${label}: ${count} indicators`,
  noAchievement: (count) => `Not measurable yet: ${count} indicators`,
  budgetSentence: (allocation, realised, absorption, remainder) =>
    `Direct spending allocation ${allocation}, realised ${realised} or ${absorption}, remainder ${remainder}.`,
  chapter1: 'CHAPTER I INTRODUCTION',
  background: 'A. Background',
  duties: 'B. Duties and functions',
  organisation: 'C. Organisation',
  organisationText: (agency) => `The head of ${agency} is assisted by:`,
  legalBasis: 'D. Legal basis',
  legalBasisItems: [
    'Presidential Regulation 29/2014 on the Performance Accountability System of Government Agencies;',
    'Regulation 53/2014 of the Minister of Administrative and Bureaucratic Reform on performance agreements, reporting and review.',
  ],
  chapter2: 'CHAPTER II PERFORMANCE PLANNING',
  strategicPlan: 'A. Strategic plan',
  strategicPlanText: 'Strategic objectives:',
  keyIndicators: 'B. Key performance indicators',
  agreement: 'C. Performance agreement',
  chapter3: 'CHAPTER III PERFORMANCE ACCOUNTABILITY',
  achievements: 'A. Organisational performance',
  keyAchievements: '1) Key performance indicators',
  measurement: '2) Measurement, evaluation and analysis against the agreement',
  programSentence: (indicator, target, realised, achievement) =>
    `Indicator ${indicator}: target ${target}, realised ${realised} (achievement ${achievement}).`,
  activitiesCarriedOut: 'Activities carried out:',
  supportingFactors: 'Supporting factors:',
  obstacles: 'Obstacles:',
  actionsTaken: 'Actions taken:',
  noNarrative: 'The unit has not written this program narrative yet.',
  budget: 'B. Budget realisation',
  awards: 'C. Awards',
  chapter4: 'CHAPTER IV CLOSING',
  closing: (agency, year) =>
    `This report accounts for the performance of ${agency} in ${year}, as a basis for evaluating and improving performance next year.`,
  todo: (what) => `[For the planner to write: ${what}]`,
  todoBackground: 'how the agency was established and why this report is written',
  todoDuties: "the agency's duties and functions as the regional regulation sets them",
  todoStrategicPlan: 'vision, mission, goals and objectives of the strategic plan',
  todoAnalysis: 'analysis of success and failure per indicator, compared with earlier years',
  todoAwards: "this year's awards",
  todoClosing: 'conclusions and next steps',
};

/** The LKj labels of a locale. */
export const lkjLabelsFor = (locale: TLocale): TLkjLabels => (locale === 'id' ? id : en);
