import { defineMessages, plural } from '../i18n.js';

/** The emails about due dates: the reminder before, the overdue notice after, the digest of several. */
export const deadlineEmailMessages = defineMessages(
  {
    reminder: {
      subject: (quarter: string, left: string) => `Pengingat: laporan kinerja ${quarter} jatuh tempo ${left}`,
      heading: (quarter: string) => `Laporan kinerja ${quarter} belum dikirim`,
      intro: (unit: string, quarter: string) =>
        `Bagian laporan ${unit} untuk ${quarter} belum dikirim untuk verifikasi.`,
      quarter: 'Triwulan',
      unit: 'Unit',
      due: 'Batas waktu',
      left: 'Sisa waktu',
      empty: (n: number) => `Indikator yang belum diisi (${n}):`,
      allFilled: 'Semua indikator sudah terisi; tinggal kirim bagian laporan ini.',
      action: 'Buka formulir laporan',
      footer: 'Pengingat ini dapat dimatikan di Dasbor Capaian, di bawah Tugas saya.',
    },
    overdue: {
      subject: (unit: string, quarter: string, late: string) =>
        `Lewat batas waktu: ${unit}, ${quarter} (${late})`,
      heading: (quarter: string) => `Laporan kinerja ${quarter} lewat batas waktu`,
      intro: (unit: string, quarter: string, due: string) =>
        `Bagian laporan ${unit} untuk ${quarter} belum dikirim, padahal batas waktunya ${due}.`,
      copied: (heads: string) => `Salinan pemberitahuan ini dikirim kepada Kepala Dinas, ${heads}.`,
      escalated: (who: string) =>
        `Anda menerima salinan ini sebagai Kepala Dinas. Kepala unit yang bertanggung jawab: ${who}.`,
      nobody: 'belum ada kepala unit yang terdaftar',
      late: 'Keterlambatan',
      empty: 'Indikator yang belum diisi:',
      action: 'Buka formulir laporan',
    },
    digest: {
      subject: (n: number, late: number) =>
        late > 0
          ? `${n} laporan kinerja menunggu, ${late} lewat batas waktu`
          : `${n} laporan kinerja menunggu`,
      heading: 'Laporan kinerja yang belum dikirim',
      intro: 'Bagian laporan berikut belum dikirim untuk verifikasi:',
      due: (at: string) => `batas waktu ${at}`,
      asHead: 'salinan untuk Kepala Dinas',
      open: 'Buka formulir',
      footer:
        'Pengingat dapat dimatikan di Dasbor Capaian, di bawah Tugas saya; pemberitahuan keterlambatan tetap dikirim.',
    },
  },
  {
    reminder: {
      subject: (quarter, left) => `Reminder: performance report ${quarter} due ${left}`,
      heading: (quarter) => `Performance report ${quarter} not yet submitted`,
      intro: (unit, quarter) => `The ${unit} part of the ${quarter} report has not been submitted yet.`,
      quarter: 'Quarter',
      unit: 'Unit',
      due: 'Due',
      left: 'Time left',
      empty: (n) => `Indicators still empty (${n}):`,
      allFilled: 'All indicators are filled in; the part only needs submitting.',
      action: 'Open the report form',
      footer: 'You can turn these reminders off on your Capaian dashboard, under My tasks.',
    },
    overdue: {
      subject: (unit, quarter, late) => `Overdue: ${unit}, ${quarter} (${late})`,
      heading: (quarter) => `Performance report ${quarter} is overdue`,
      intro: (unit, quarter, due) =>
        `The ${unit} part of the ${quarter} report has not been submitted; it was due ${due}.`,
      copied: (heads) => `A copy of this notice goes to the head of the agency, ${heads}.`,
      escalated: (who) => `You receive this copy as the head of the agency. Responsible unit head: ${who}.`,
      nobody: 'no unit head on record',
      late: 'Overdue by',
      empty: 'Indicators still empty:',
      action: 'Open the report form',
    },
    digest: {
      subject: (n, late) => {
        const pending = plural('en', n, {
          one: `${n} performance report pending`,
          other: `${n} performance reports pending`,
        });
        return late > 0 ? `${pending}, ${late} overdue` : pending;
      },
      heading: 'Performance reports not yet submitted',
      intro: 'These report parts have not been submitted for verification yet:',
      due: (at) => `due ${at}`,
      asHead: 'copy for the head of agency',
      open: 'Open the form',
      footer:
        'You can turn reminders off on your Capaian dashboard, under My tasks; overdue notices are still sent.',
    },
  },
);
