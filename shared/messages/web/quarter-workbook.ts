import { defineMessages } from '../../i18n.js';

/** The planner's whole quarter from one workbook: download, check, confirm. */
export const quarterWorkbookMessages = defineMessages(
  {
    title: 'Isi seluruh triwulan dari lembar kerja',
    hint: 'Unduh lembar isian semua unit, isi kolom Realisasi (Pembilang dan Penyebut untuk indikator rasio; untuk kegiatan, realisasi anggaran triwulan ini dalam rupiah) di Excel, lalu unggah. Anda melihat dulu apa yang akan diisi untuk setiap unit. Draf diisi atas nama Anda; setiap kepala unit tetap mengirim bagiannya sendiri.',
    download: 'Unduh lembar isian semua unit',
    check: 'Periksa',
    problems: (n: number) => `Lembar kerja berisi ${n} masalah; perbaiki lalu unggah lagi.`,
    noProblems: 'Tidak ada masalah. Periksa apa yang akan diisi, lalu konfirmasi.',
    unitSummary: (rows: number, changed: number) => `${rows} baris diisi, ${changed} berubah`,
    notEditable: 'sedang diperiksa verifikator: kembalikan dulu, atau hapus barisnya dari lembar kerja',
    code: 'Kode',
    name: 'Indikator / kegiatan',
    before: 'Di draf sekarang',
    after: 'Dari lembar kerja',
    empty: '–',
    confirm: (units: number) => `Isi draf ${units} unit`,
    filled: (units: number) =>
      `Draf ${units} unit diisi. Tidak ada yang dikirim: setiap kepala unit mengirim bagiannya.`,
  },
  {
    title: 'Fill the whole quarter from a workbook',
    hint: "Download every unit's entry sheet, fill in the Realisation column (the Numerator and Denominator of ratio indicators; for activities, this quarter's spending in Rupiah) in Excel, and upload it. You see first what will be filled for each unit. The drafts are filled in your name; each unit's head still submits their own part.",
    download: "Download every unit's entry sheet",
    check: 'Check',
    problems: (n) => `The workbook has ${n === 1 ? '1 problem' : `${n} problems`}; fix and upload it again.`,
    noProblems: 'No problems. Look at what will be filled, then confirm.',
    unitSummary: (rows, changed) => `${rows} ${rows === 1 ? 'row' : 'rows'} filled, ${changed} changed`,
    notEditable: 'with the verifier: have it returned first, or delete its rows from the workbook',
    code: 'Code',
    name: 'Indicator / activity',
    before: 'In the draft now',
    after: 'From the workbook',
    empty: '–',
    confirm: (units) => `Fill ${units === 1 ? "1 unit's draft" : `${units} units' drafts`}`,
    filled: (units) =>
      `${units === 1 ? "1 unit's draft" : `${units} units' drafts`} filled. Nothing was submitted: each unit's head submits their part.`,
  },
);
