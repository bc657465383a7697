import { defineMessages, plural } from '../i18n.js';

/** The emails of the workflow's steps, each group one template, and the frame all emails share. */
export const emailMessages = defineMessages(
  {
    layout: {
      greeting: (recipient: string) => `Yth. ${recipient},`,
      footer: (agency: string) =>
        `Email ini dikirim otomatis oleh Capaian, aplikasi pelaporan kinerja ${agency}. Mohon tidak membalas email ini.`,
    },
    partSubmitted: {
      subject: (unit: string, quarter: string) => `Siap diverifikasi: ${unit}, ${quarter}`,
      heading: 'Bagian laporan menunggu verifikasi',
      intro: (who: string, unit: string, quarter: string) =>
        `${who} telah mengirim bagian laporan ${unit} untuk ${quarter}. Mohon diperiksa, lalu diverifikasi atau dikembalikan dengan catatan.`,
      submittedAt: 'Dikirim',
      late: 'Dikirim setelah batas waktu.',
      action: 'Periksa bagian laporan',
    },
    partReturned: {
      subject: (unit: string, quarter: string) => `Dikembalikan untuk perbaikan: ${unit}, ${quarter}`,
      heading: 'Bagian laporan dikembalikan',
      intro: (who: string, unit: string, quarter: string) =>
        `${who} mengembalikan bagian laporan ${unit} untuk ${quarter} dengan catatan berikut. Mohon diperbaiki lalu dikirim kembali.`,
      comment: 'Catatan umum:',
      perIndicator: 'Catatan per indikator:',
      due: 'Batas waktu',
      action: 'Perbaiki bagian laporan',
    },
    partVerified: {
      subject: (unit: string, quarter: string) => `Terverifikasi: ${unit}, ${quarter}`,
      heading: 'Bagian laporan terverifikasi',
      intro: (who: string, unit: string, quarter: string) =>
        `${who} telah memverifikasi bagian laporan ${unit} untuk ${quarter}. Tidak ada yang perlu Anda lakukan; laporan triwulan menunggu pengesahan kepala dinas.`,
      comment: 'Catatan pemeriksa:',
      action: 'Lihat bagian laporan',
    },
    quarterReady: {
      subject: (quarter: string) => `Siap ditandatangani: laporan kinerja ${quarter}`,
      heading: (quarter: string) => `Laporan kinerja ${quarter} siap ditandatangani`,
      intro: (n: number) => `Seluruh ${n} bagian laporan telah diverifikasi:`,
      next: 'Setelah ditandatangani, laporan triwulan dikunci dan berkas laporannya dibuat.',
      action: 'Periksa dan tandatangani',
    },
    quarterSignedOff: {
      subject: (quarter: string) => `Laporan kinerja ${quarter} telah ditandatangani`,
      heading: (quarter: string) => `Laporan kinerja ${quarter} telah ditandatangani`,
      intro: (who: string, at: string) =>
        `${who} menandatangani laporan triwulan ini pada ${at}. Laporan kini dikunci.`,
      files: 'Berkas laporan:',
      reportsPage: 'Berkas laporan',
    },
    quarterAccepted: {
      subject: (quarter: string) => `Diterima Bappeda: laporan kinerja ${quarter}`,
      heading: (quarter: string) => `Bappeda menerima laporan kinerja ${quarter}`,
      intro: (who: string, at: string) =>
        `${who} (Bappeda) menerima laporan triwulan ini pada ${at}. Laporan tetap terkunci.`,
      action: 'Lihat laporan',
    },
    quarterSentBack: {
      subject: (quarter: string) => `Dikembalikan Bappeda: laporan kinerja ${quarter}`,
      heading: (quarter: string) => `Bappeda mengembalikan laporan kinerja ${quarter}`,
      intro: (who: string, at: string) =>
        `${who} (Bappeda) mengembalikan laporan triwulan ini pada ${at}, dengan alasan:`,
      next: 'Triwulan ini terbuka kembali. Kepala mengembalikan bagian yang angkanya harus diperbaiki kepada bidangnya, lalu menandatangani kembali.',
      action: 'Buka triwulan',
    },
    agreementSubmitted: {
      subject: (pk: string) => `Menunggu tanda tangan: ${pk}`,
      heading: (pk: string) => `${pk} menunggu tanda tangan Anda`,
      intro: (who: string, pk: string) =>
        `${who} telah menyusun ${pk} dan mengajukannya untuk ditandatangani. Mohon diperiksa: sasaran, indikator, target per triwulan dan anggaran.`,
      action: 'Periksa perjanjian kinerja',
    },
    agreementSigned: {
      subject: (pk: string) => `${pk} telah ditandatangani`,
      intro: (who: string, pk: string, at: string) => `${who} menandatangani ${pk} pada ${at}.`,
      effective: (quarter: string) =>
        `Perjanjian ini berlaku mulai ${quarter}; triwulan sebelumnya tetap diukur dengan target lama.`,
      action: 'Lihat perjanjian kinerja',
    },
  },
  {
    layout: {
      greeting: (recipient) => `Dear ${recipient},`,
      footer: (agency) =>
        `This email was sent automatically by Capaian, the performance reporting application of ${agency}. Please do not reply.`,
    },
    partSubmitted: {
      subject: (unit, quarter) => `Ready for verification: ${unit}, ${quarter}`,
      heading: 'A report part awaits verification',
      intro: (who, unit, quarter) =>
        `${who} has submitted the ${unit} part of the ${quarter} report. Please check it, then verify it or return it with comments.`,
      submittedAt: 'Submitted',
      late: 'Submitted after the due date.',
      action: 'Review the report part',
    },
    partReturned: {
      subject: (unit, quarter) => `Returned for correction: ${unit}, ${quarter}`,
      heading: 'Report part returned',
      intro: (who, unit, quarter) =>
        `${who} has returned the ${unit} part of the ${quarter} report with the comments below. Please correct it and submit it again.`,
      comment: 'Overall comment:',
      perIndicator: 'Comments per indicator:',
      due: 'Due',
      action: 'Correct the report part',
    },
    partVerified: {
      subject: (unit, quarter) => `Verified: ${unit}, ${quarter}`,
      heading: 'Report part verified',
      intro: (who, unit, quarter) =>
        `${who} has verified the ${unit} part of the ${quarter} report. Nothing more is needed from you; the quarter's report now waits for the head's sign-off.`,
      comment: "Reviewer's comment:",
      action: 'View the report part',
    },
    quarterReady: {
      subject: (quarter) => `Ready for sign-off: performance report ${quarter}`,
      heading: (quarter) => `Performance report ${quarter} is ready for sign-off`,
      intro: (n) =>
        plural('en', n, {
          one: 'The report part has been verified:',
          other: `All ${n} report parts have been verified:`,
        }),
      next: 'Once signed off, the quarter is locked and its report files are generated.',
      action: 'Review and sign off',
    },
    quarterSignedOff: {
      subject: (quarter) => `Performance report ${quarter} signed off`,
      heading: (quarter) => `Performance report ${quarter} signed off`,
      intro: (who, at) => `${who} signed off this quarter's report on ${at}. It is now locked.`,
      files: 'Report files:',
      reportsPage: 'Report files',
    },
    quarterAccepted: {
      subject: (quarter) => `Accepted by Bappeda: performance report ${quarter}`,
      heading: (quarter) => `Bappeda accepted performance report ${quarter}`,
      intro: (who, at) => `${who} (Bappeda) accepted this quarter's report on ${at}. It stays locked.`,
      action: 'View the report',
    },
    quarterSentBack: {
      subject: (quarter) => `Sent back by Bappeda: performance report ${quarter}`,
      heading: (quarter) => `Bappeda sent back performance report ${quarter}`,
      intro: (who, at) => `${who} (Bappeda) sent this quarter's report back on ${at}, for this reason:`,
      next: 'The quarter is open again. The head returns the parts whose figures must change to their units, then signs off again.',
      action: 'Open the quarter',
    },
    agreementSubmitted: {
      subject: (pk) => `Awaiting signature: ${pk}`,
      heading: (pk) => `${pk} awaits your signature`,
      intro: (who, pk) =>
        `${who} has prepared the ${pk} and submitted it for signature. Please review its objectives, indicators, quarterly targets and budget.`,
      action: 'Review the agreement',
    },
    agreementSigned: {
      subject: (pk) => `${pk} signed`,
      intro: (who, pk, at) => `${who} signed the ${pk} on ${at}.`,
      effective: (quarter) =>
        `It is in force from ${quarter}; earlier quarters keep the targets they were measured against.`,
      action: 'View the agreement',
    },
  },
);
