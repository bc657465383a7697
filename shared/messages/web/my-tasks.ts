import { defineMessages, plural } from '../../i18n.js';

/** The home's first card: what waits on the signed-in person, each with its deadline. */
export const myTasksMessages = defineMessages(
  {
    title: 'Tugas saya',
    none: 'Tidak ada yang menunggu Anda saat ini.',
    /** One's own choice: the deadline reminders by e-mail (their footer points here). */
    remindMe: 'Kirimi saya email pengingat tenggat',
    fillPart: (unit: string, period: string) => `Isi dan kirim bagian ${unit}, ${period}`,
    fixPart: (unit: string, period: string) => `Perbaiki bagian ${unit} yang dikembalikan, ${period}`,
    reviewPart: (unit: string, period: string) => `Verifikasi bagian ${unit}, ${period}`,
    signOffQuarter: (period: string) => `Sahkan laporan ${period}: semua bagian terverifikasi`,
    signAgreement: (year: number, version: number) =>
      `Tanda tangani Perjanjian Kinerja ${year} versi ${version}`,
    editAgreement: (year: number, version: number) =>
      `Selesaikan draf Perjanjian Kinerja ${year} versi ${version}`,
    writeAnnualReport: (year: number) => `Susun LKj ${year} dari drafnya dan sampaikan ke Bupati`,
    /** An acting duty the person carries ("Plh. Kepala Dinas"), and someone carrying theirs. */
    carrying: (title: string, whom: string, until: string) =>
      `Anda ${title}, menggantikan ${whom}, sampai ${until}.`,
    carryingFrom: (title: string, whom: string, from: string, until: string) =>
      `Anda akan menjadi ${title}, menggantikan ${whom}, ${from} sampai ${until}.`,
    carriedBy: (name: string, title: string, until: string) =>
      `${name} menjadi ${title} menggantikan Anda sampai ${until}.`,
    carriedFrom: (name: string, title: string, from: string, until: string) =>
      `${name} akan menjadi ${title} menggantikan Anda, ${from} sampai ${until}.`,
    /** The duty's agency, where the home is another's: "Plt. Kepala Dinas di Dinas Kesehatan". */
    inAgency: (title: string, agency: string) => `${title} di ${agency}`,
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
    remindMe: 'Email me deadline reminders',
    fillPart: (unit, period) => `Fill in and submit ${unit}'s part, ${period}`,
    fixPart: (unit, period) => `Fix ${unit}'s returned part, ${period}`,
    reviewPart: (unit, period) => `Verify ${unit}'s part, ${period}`,
    signOffQuarter: (period) => `Sign off ${period}: every part is verified`,
    signAgreement: (year, version) => `Sign the ${year} performance agreement, version ${version}`,
    editAgreement: (year, version) => `Finish the ${year} performance agreement draft, version ${version}`,
    writeAnnualReport: (year) =>
      `Complete the ${year} annual report (LKj) from its draft and send it to the regent`,
    carrying: (title, whom, until) => `You are ${title}, standing in for ${whom}, until ${until}.`,
    carryingFrom: (title, whom, from, until) =>
      `You will be ${title}, standing in for ${whom}, from ${from} to ${until}.`,
    carriedBy: (name, title, until) => `${name} is ${title}, standing in for you, until ${until}.`,
    carriedFrom: (name, title, from, until) =>
      `${name} will be ${title}, standing in for you, from ${from} to ${until}.`,
    inAgency: (title, agency) => `${title} at ${agency}`,
    due: (days, when) =>
      days < 0
        ? `${plural('en', -days, { one: '1 day overdue', other: `${-days} days overdue` })}, ${when}`
        : days === 0
          ? `today, ${when}`
          : `${plural('en', days, { one: '1 day left', other: `${days} days left` })}, ${when}`,
  },
);
