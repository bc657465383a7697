import { defineMessages, plural, type TLocale } from '../i18n.js';
import type { TRole } from '../model/organisation.js';
import type { TAgreementState } from '../workflow/agreement-workflow.js';
import type { TPartState } from '../workflow/part-workflow.js';
import type { TQuarterState } from '../workflow/quarter-workflow.js';

const roman = ['I', 'II', 'III', 'IV'];
// Named before the catalogue so that its other texts can say a quarter's short name too.
const quarterShort = { id: (q: number) => `TW${q}`, en: (q: number) => `Q${q}` };

/**
 * Words every surface says alike (web app, API, emails, report files). One name per quarter, as
 * the LKj and the Permenpan forms write it in Indonesian ("Triwulan III", short "TW3"); English
 * readers expect figures ("Quarter 3", "Q3").
 */
export const commonMessages = defineMessages(
  {
    quarterName: (q: number) => `Triwulan ${roman[q - 1] ?? q}`,
    quarterShort: quarterShort.id,
    quarterOfYear: (q: number, year: number) => `Triwulan ${roman[q - 1] ?? q} ${year}`,
    /** Why an indicator assessed once a year has no achievement before the year's last quarter. */
    annualOnly: `tahunan, dinilai di ${quarterShort.id(4)}`,
    /** Time to a due day, in local calendar days. */
    daysLeft: (days: number) => plural('id', days, { 0: 'hari ini', 1: 'besok', other: `${days} hari lagi` }),
    daysOverdue: (days: number) => `terlambat ${days} hari`,
    /** The PK's name: the first version is the original, every later one a revision. */
    agreement: (year: number, version: number) =>
      version === 1
        ? `Perjanjian Kinerja ${year}`
        : `Perjanjian Kinerja Perubahan ${year} (versi ${version})`,
    /** A moment as letters write it: "Jumat, 10 April 2026 pukul 23.59 WITA". */
    dayAtTime: (day: string, time: string, zone: string) => `${day} pukul ${time} ${zone}`,
    // The web app's frame and the words its screens share.
    appName: 'Capaian',
    tagline: 'Pelaporan capaian kinerja triwulanan (SAKIP)',
    skipToContent: 'Langsung ke isi',
    nav: {
      dashboard: 'Dasbor',
      trends: 'Tren',
      agreement: 'Perjanjian Kinerja',
      reports: 'Laporan',
      history: 'Riwayat',
      calendar: 'Kalender',
      checker: 'Periksa laporan',
      settings: 'Pengaturan',
      outbox: 'Kotak keluar',
    },
    mainNav: 'Navigasi utama',
    /** The button that opens the navigation and the account on a phone. */
    menu: 'Menu',
    /** The button that opens the links a desktop's one row of links has no room for. */
    moreLinks: 'Lainnya',
    language: 'Bahasa',
    /** Each language by its own name, the same in every language. */
    languageNames: { id: 'Bahasa Indonesia', en: 'English' } satisfies Record<TLocale, string>,
    signOut: 'Keluar',
    changeAgency: 'Ganti perangkat daerah',
    agencyPicker: {
      title: 'Pilih perangkat daerah',
      hint: 'Akun Anda membaca lintas perangkat daerah. Pilih perangkat daerah yang ingin dibuka.',
      none: 'Akun Anda belum dapat membaca perangkat daerah mana pun.',
    },
    loading: 'Memuat…',
    /** Under a list read a page at a time: the next page. */
    loadMore: 'Muat lebih banyak',
    retry: 'Coba lagi',
    saving: 'Menyimpan…',
    back: 'Kembali',
    close: 'Tutup',
    year: 'Tahun',
    quarter: 'Triwulan',
    unit: 'Unit',
    state: 'Status',
    notFound: 'Halaman tidak ditemukan.',
    toDashboard: 'Ke dasbor',
    networkError: 'Tidak dapat menghubungi server. Periksa koneksi lalu coba lagi.',
    typingRestored: 'Ketikan Anda yang belum tersimpan dipulihkan.',
    startEmpty: 'Mulai dari kosong',
    roles: {
      planner: 'Perencana',
      verifier: 'Verifikator',
      division_head: 'Kepala Bidang',
      head: 'Kepala Dinas',
      viewer: 'Pengamat',
      admin: 'Administrator',
    } satisfies Record<TRole, string>,
    partStates: {
      draft: 'Draf',
      submitted: 'Dikirim',
      verified: 'Terverifikasi',
      returned: 'Dikembalikan',
    } satisfies Record<TPartState, string>,
    quarterStates: { open: 'Terbuka', signed_off: 'Disahkan', accepted: 'Diterima Bappeda' } satisfies Record<
      TQuarterState,
      string
    >,
    agreementStates: {
      draft: 'Draf',
      submitted: 'Menunggu tanda tangan',
      signed: 'Ditandatangani',
    } satisfies Record<TAgreementState, string>,
    /** Beside the name of someone the record names who is no longer here. */
    personStandings: {
      elsewhere: 'kini di perangkat daerah lain',
      at: (agency: string) => `kini di ${agency}`,
      inactive: 'tidak aktif',
    },
  },
  {
    quarterName: (q) => `Quarter ${q}`,
    quarterShort: quarterShort.en,
    quarterOfYear: (q, year) => `Quarter ${q} ${year}`,
    annualOnly: `annual, scored in ${quarterShort.en(4)}`,
    daysLeft: (days) => plural('en', days, { 0: 'today', 1: 'tomorrow', other: `in ${days} days` }),
    daysOverdue: (days) => plural('en', days, { one: `${days} day overdue`, other: `${days} days overdue` }),
    agreement: (year, version) =>
      version === 1
        ? `Performance Agreement ${year}`
        : `Revised Performance Agreement ${year} (version ${version})`,
    dayAtTime: (day, time, zone) => `${day} at ${time} ${zone}`,
    appName: 'Capaian',
    tagline: 'Quarterly performance reporting (SAKIP)',
    skipToContent: 'Skip to content',
    nav: {
      dashboard: 'Dashboard',
      trends: 'Trends',
      agreement: 'Performance agreement',
      reports: 'Reports',
      history: 'History',
      calendar: 'Calendar',
      checker: 'Check a report',
      settings: 'Settings',
      outbox: 'Outbox',
    },
    mainNav: 'Main navigation',
    menu: 'Menu',
    moreLinks: 'More',
    language: 'Language',
    languageNames: { id: 'Bahasa Indonesia', en: 'English' },
    signOut: 'Sign out',
    changeAgency: 'Change agency',
    agencyPicker: {
      title: 'Choose an agency',
      hint: 'Your account reads across agencies. Choose the agency to open.',
      none: 'Your account cannot read any agency yet.',
    },
    loading: 'Loading…',
    loadMore: 'Load more',
    retry: 'Try again',
    saving: 'Saving…',
    back: 'Back',
    close: 'Close',
    year: 'Year',
    quarter: 'Quarter',
    unit: 'Unit',
    state: 'State',
    notFound: 'Page not found.',
    toDashboard: 'To the dashboard',
    networkError: 'Cannot reach the server. Check the connection and try again.',
    typingRestored: 'Your unsaved typing was put back.',
    startEmpty: 'Start empty',
    roles: {
      planner: 'Planner',
      verifier: 'Verifier',
      division_head: 'Division head',
      head: 'Head of agency',
      viewer: 'Viewer',
      admin: 'Administrator',
    },
    partStates: { draft: 'Draft', submitted: 'Submitted', verified: 'Verified', returned: 'Returned' },
    quarterStates: { open: 'Open', signed_off: 'Signed off', accepted: 'Accepted by Bappeda' },
    agreementStates: { draft: 'Draft', submitted: 'Awaiting signature', signed: 'Signed' },
    personStandings: {
      elsewhere: 'now at another agency',
      at: (agency) => `now at ${agency}`,
      inactive: 'no longer active',
    },
  },
);
