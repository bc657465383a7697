import { defineMessages, plural } from '../../i18n.js';

/** The home's first card: what waits on the signed-in person, each with its deadline. */
export const myTasksMessages = defineMessages(
  {
    title: 'Tugas saya',
    none: 'Tidak ada yang menunggu Anda saat ini.',
    fillPart: (unit: string, period: string) => `Isi dan kirim bagian ${unit}, ${period}`,
    fixPart: (unit: string, period: string) => `Perbaiki bagian ${unit} yang dikembalikan, ${period}`,
    reviewPart: (unit: string, period: string) => `Verifikasi bagian ${unit}, ${period}`,
    signOffQuarter: (period: string) => `Sahkan laporan ${period}: semua bagian terverifikasi`,
    signAgreement: (year: number, version: number) =>
      `Tanda tangani Perjanjian Kinerja ${year} versi ${version}`,
    editAgreement: (year: number, version: number) =>
      `Selesaikan draf Perjanjian Kinerja ${year} versi ${version}`,
    writeAnnualReport: (year: number) => `Susun LKj ${year} dari drafnya dan sampaikan ke Bupati`,
    /** "3 hari lagi, Jumat, 10 Jan 23.59 WITA". */
    due: (days: number, when: string) =>
      days < 0
        ? `terlambat ${-days} hari, ${when}`
        : days === 0
          ? `hari ini, ${when}`
          : `${days} hari lagi, ${when}`,
  },
  {
    title: 'My tasks',
    none: 'Nothing is waiting on you right now.',
    fillPart: (unit, period) => `Fill in and submit ${unit}'s part, ${period}`,
    fixPart: (unit, period) => `Fix ${unit}'s returned part, ${period}`,
    reviewPart: (unit, period) => `Verify ${unit}'s part, ${period}`,
    signOffQuarter: (period) => `Sign off ${period}: every part is verified`,
    signAgreement: (year, version) => `Sign the ${year} performance agreement, version ${version}`,
    editAgreement: (year, version) => `Finish the ${year} performance agreement draft, version ${version}`,
    writeAnnualReport: (year) =>
      `Complete the ${year} annual report (LKj) from its draft and send it to the regent`,
    due: (days, when) =>
      days < 0
        ? `${plural('en', -days, { one: '1 day overdue', other: `${-days} days overdue` })}, ${when}`
        : days === 0
          ? `today, ${when}`
          : `${plural('en', days, { one: '1 day left', other: `${days} days left` })}, ${when}`,
  },
);
