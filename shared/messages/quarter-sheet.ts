import { defineMessages } from '../i18n.js';

/**
 * A unit's entry sheet for a quarter (its indicators with targets, blank realisation and budget
 * columns) and what is said of a filled one that cannot be taken in, cell by cell.
 */
export const quarterSheetMessages = defineMessages(
  {
    title: (quarter: number, year: number) => `Isian realisasi Triwulan ${quarter} tahun ${year}`,
    unitLabel: 'Unit kerja',
    hint: 'Isi kolom Realisasi (dan Pembilang/Penyebut untuk indikator rasio) serta Realisasi anggaran triwulan ini, lalu unggah lembar ini. Desimal ditulis dengan koma (12,5). Jangan ubah kolom Kode.',
    indicatorColumns: {
      code: 'Kode',
      name: 'Indikator',
      unit: 'Satuan',
      target: 'Target triwulan',
      realisation: 'Realisasi',
      numerator: 'Pembilang',
      denominator: 'Penyebut',
      explanation: 'Keterangan',
    },
    activityColumns: {
      code: 'Kode kegiatan',
      name: 'Kegiatan',
      allocation: 'Alokasi (Rp)',
      spent: 'Realisasi anggaran triwulan ini (Rp)',
    },
    place: (sheet: string, row: number, column: string) => `Lembar '${sheet}', baris ${row}, kolom ${column}`,
    problems: {
      notANumber: (text: string) => `'${text}' bukan angka`,
      ambiguous: (text: string) => `'${text}' — gunakan koma untuk desimal (12,5) dan titik untuk ribuan`,
      unknownIndicator: (code: string) => `kode '${code}' bukan indikator unit ini pada perjanjian kinerja`,
      unknownActivity: (code: string) => `kode '${code}' bukan kegiatan unit ini pada perjanjian kinerja`,
      twice: (code: string) => `kode '${code}' muncul dua kali`,
      partsTogether: 'isi pembilang dan penyebut bersama-sama',
      notARatio: 'indikator ini bukan rasio: isi kolom Realisasi',
      valueOrParts: 'isi Realisasi atau Pembilang/Penyebut, bukan keduanya',
      rupiah: 'jumlah rupiah harus bilangan bulat, tidak negatif',
      noUnit: (name: string) => `unit kerja '${name}' tidak dikenal`,
      otherUnit: (name: string) => `lembar ini untuk unit '${name}', bukan unit Anda`,
      noTable: 'tidak ada tabel isian (kolom Kode dan Realisasi) di lembar ini',
      noSheet: 'tidak ada lembar isian di berkas ini',
    },
  },
  {
    title: (quarter, year) => `Quarter ${quarter} ${year} realisation entry`,
    unitLabel: 'Unit',
    hint: "Fill in the Realisation column (and the Numerator/Denominator of ratio indicators) and this quarter's budget realisation, then upload this sheet. Decimals take a comma (12,5). Do not change the Code column.",
    indicatorColumns: {
      code: 'Code',
      name: 'Indicator',
      unit: 'Unit',
      target: 'Quarter target',
      realisation: 'Realisation',
      numerator: 'Numerator',
      denominator: 'Denominator',
      explanation: 'Explanation',
    },
    activityColumns: {
      code: 'Activity code',
      name: 'Activity',
      allocation: 'Allocation (Rp)',
      spent: "This quarter's budget realisation (Rp)",
    },
    place: (sheet, row, column) => `Sheet '${sheet}', row ${row}, column ${column}`,
    problems: {
      notANumber: (text) => `'${text}' is not a number`,
      ambiguous: (text) => `'${text}' — write decimals with a comma (12,5) and thousands with a dot`,
      unknownIndicator: (code) => `code '${code}' is no indicator of this unit in the agreement`,
      unknownActivity: (code) => `code '${code}' is no activity of this unit in the agreement`,
      twice: (code) => `code '${code}' appears twice`,
      partsTogether: 'fill in the numerator and the denominator together',
      notARatio: 'this indicator is no ratio: fill in the Realisation column',
      valueOrParts: 'fill in the Realisation or the Numerator/Denominator, not both',
      rupiah: 'a Rupiah amount is a whole number, not negative',
      noUnit: (name) => `unit '${name}' is unknown`,
      otherUnit: (name) => `this sheet is for unit '${name}', not yours`,
      noTable: 'no entry table (Code and Realisation columns) on this sheet',
      noSheet: 'no entry sheet in this file',
    },
  },
);
