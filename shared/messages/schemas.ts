import { defineMessages } from '../i18n.js';

/**
 * What the domain's schemas say of a value they refuse, where zod's own issue (validation.ts)
 * would not say enough: the forms of codes, ids and NIPs, figures, Rupiah, evidence files, a
 * ratio's parts, status bands. Figures come formatted in the reader's language. Names and ids
 * say "required" and "too long" here, not through validation.ts, whose table of field names
 * would then load with the web app's first screen.
 */
export const schemaMessages = defineMessages(
  {
    required: 'wajib diisi',
    maxChars: (max: number) => `paling banyak ${max} karakter`,
    codeForm: 'kode berupa angka bertingkat, mis. "1" atau "1.2"',
    idForm: 'huruf kecil, angka dan tanda hubung, maksimal 63 karakter',
    nipDigits: 'NIP terdiri dari 18 angka',
    rupiah: 'harus berupa bilangan bulat Rupiah, tidak negatif, paling besar Rp 10.000.000.000.000',
    maxActivities: (max: number) => `paling banyak ${max} kegiatan`,
    maxItems: (max: number) => `paling banyak ${max}`,
    agreementTooLarge: (size: string, max: string) =>
      `perjanjian kinerja terlalu besar untuk disimpan (${size} dari paling banyak ${max}); persingkat nama, rumus atau sumber data`,
    partTooLarge: (size: string, max: string) =>
      `isian bagian ini terlalu besar untuk disimpan (${size} dari paling banyak ${max}); persingkat narasi atau penjelasan`,
    cursor: 'penanda halaman tidak dikenali untuk daftar ini; muat daftar dari awal lagi',
    reviewTooLarge: (size: string, max: string) =>
      `komentar terlalu besar untuk disimpan bersama bagian ini (${size} dari paling banyak ${max}); persingkat komentarnya`,
    responsibleUnitRequired: 'minimal satu unit penanggung jawab',
    evidenceType: 'jenis berkas tidak diterima (foto, PDF, lembar kerja atau dokumen)',
    evidenceSize: 'berkas maksimal 10 MB',
    /** A figure before and after its indicator's number kind is known. */
    figures: {
      notANumber: 'harus berupa angka',
      tooSmall: 'angka terlalu kecil',
      tooLarge: 'angka terlalu besar',
      maxDecimals: (places: number) => `paling banyak ${places} angka di belakang koma`,
      between: (max: string) => `harus antara 0 dan ${max}`,
      notWhole: (figure: string) => `${figure}: jumlah harus bilangan bulat`,
      negative: (figure: string) => `${figure}: tidak boleh negatif (indikator ini tidak bertanda)`,
      atMost: (figure: string, limit: string) => `${figure}: paling besar ${limit}`,
    },
    /** A realisation's value or a ratio's parts. */
    realisation: {
      denominatorPositive: 'penyebut harus lebih dari 0',
      partsTogether: 'pembilang dan penyebut diisi bersama',
      valueOrParts: 'isi nilai atau pembilang/penyebut, tidak keduanya',
      nothingToReport: 'tidak ada yang dilaporkan: kosongkan nilainya',
    },
    thresholdsOrder: 'batas atas harus lebih besar dari batas bawah',
    /** An agency's status bands. */
    bands: {
      colorHex: 'warna berupa kode hex, mis. "#1b5e20"',
      lastWithoutMin: 'pita terakhir tanpa batas bawah',
      minRequired: 'batas bawah wajib diisi',
      minBelowPrevious: 'batas bawah harus lebih kecil dari pita sebelumnya',
    },
  },
  {
    required: 'required',
    maxChars: (max) => `at most ${max} characters`,
    codeForm: 'a code is numbers separated by dots, e.g. "1" or "1.2"',
    idForm: 'lower-case letters, digits and dashes, at most 63 characters',
    nipDigits: 'a NIP has 18 digits',
    rupiah: 'must be a whole number of Rupiah, not negative, at most Rp 10,000,000,000,000',
    maxActivities: (max) => `at most ${max} activities`,
    maxItems: (max) => `at most ${max}`,
    agreementTooLarge: (size, max) =>
      `the performance agreement is too large to store (${size} of at most ${max}); shorten names, formulas or data sources`,
    partTooLarge: (size, max) =>
      `this part is too large to store (${size} of at most ${max}); shorten its narratives or explanations`,
    cursor: 'page marker not recognised for this list; load the list again from the start',
    reviewTooLarge: (size, max) =>
      `the comments are too large to store with this part (${size} of at most ${max}); shorten them`,
    responsibleUnitRequired: 'at least one responsible unit',
    evidenceType: 'this file type is not accepted (photo, PDF, spreadsheet or document)',
    evidenceSize: 'a file may be at most 10 MB',
    figures: {
      notANumber: 'must be a number',
      tooSmall: 'the number is too small',
      tooLarge: 'the number is too large',
      maxDecimals: (places) => `at most ${places} decimal places`,
      between: (max) => `must be between 0 and ${max}`,
      notWhole: (figure) => `${figure}: a count must be a whole number`,
      negative: (figure) => `${figure}: may not be negative (this indicator is not signed)`,
      atMost: (figure, limit) => `${figure}: at most ${limit}`,
    },
    realisation: {
      denominatorPositive: 'the denominator must be above 0',
      partsTogether: 'enter the numerator and the denominator together',
      valueOrParts: 'enter a value or a numerator/denominator, not both',
      nothingToReport: 'nothing to report: leave the value empty',
    },
    thresholdsOrder: 'the upper limit must be greater than the lower limit',
    bands: {
      colorHex: 'a colour is a hex code, e.g. "#1b5e20"',
      lastWithoutMin: 'the last band takes no lower bound',
      minRequired: 'a lower bound is required',
      minBelowPrevious: "the lower bound must be below the previous band's",
    },
  },
);
