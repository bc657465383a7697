import { defineMessages } from '../i18n.js';

/** What the agreement's import says of a workbook's rows, at their cells. */
export const importMessages = defineMessages(
  {
    place: (sheet: string, row: number, column: string) => `Lembar '${sheet}', baris ${row}, kolom ${column}`,
    sheetMissing: (sheet: string) => `Lembar '${sheet}' tidak ada: unduh templat lalu isi lembar itu.`,
    columnsMissing: (headers: string) => `Kolom tidak ditemukan: ${headers}.`,
    codeRequired: 'kode wajib diisi pada baris pertama',
    required: 'wajib diisi',
    ambiguous: (text: string) => `'${text}' — gunakan koma untuk desimal (mis. 1,5) dan titik untuk ribuan`,
    notANumber: (text: string) => `'${text}' bukan angka`,
    choice: (text: string, choices: string) => `'${text}' tidak dikenal: pilih ${choices}`,
    unknownUnit: (text: string) => `unit '${text}' tidak ada di perangkat daerah ini`,
    ratioTogether: 'isi pembilang dan penyebut bersama, atau kosongkan keduanya',
    hasProblems: (count: number) =>
      `Berkas belum dapat diimpor: ${count} masalah. Perbaiki lalu unggah lagi.`,
  },
  {
    place: (sheet, row, column) => `Sheet '${sheet}', row ${row}, column ${column}`,
    sheetMissing: (sheet) => `Sheet '${sheet}' is missing: download the template and fill that sheet.`,
    columnsMissing: (headers) => `Columns not found: ${headers}.`,
    codeRequired: 'a code is required on the first row',
    required: 'required',
    ambiguous: (text) => `'${text}' — use a comma for decimals (e.g. 1,5) and dots for thousands`,
    notANumber: (text) => `'${text}' is no number`,
    choice: (text, choices) => `'${text}' is not known: choose ${choices}`,
    unknownUnit: (text) => `unit '${text}' is not of this agency`,
    ratioTogether: 'fill numerator and denominator together, or leave both blank',
    hasProblems: (count) => `The file cannot be imported yet: ${count} problems. Fix them and upload again.`,
  },
);
