import { defineMessages } from '../i18n.js';

/**
 * The entry sheet of a quarter (each unit's indicators with their targets and activities with
 * their alokasi, a realisation column to fill) and what is said of a filled one that cannot be
 * taken in, cell by cell.
 */
export const quarterSheetMessages = defineMessages(
  {
    sheetName: (quarter: number, year: number) => `Isian TW${quarter} ${year}`,
    fillTitle: 'Isi dari lembar kerja',
    fillHint:
      'Unduh lembar isian, isi kolom Realisasi (Pembilang dan Penyebut untuk indikator rasio; untuk kegiatan, realisasi anggaran triwulan ini dalam rupiah) di Excel, lalu unggah lagi. Draf diisi seperti bila diketik; angka yang jauh dari target ditanyakan lagi di formulir. Tidak ada yang dikirim.',
    downloadSheet: 'Unduh lembar isian',
    fill: 'Isi draf',
    columns: {
      unit: 'Unit kerja',
      code: 'Kode',
      name: 'Indikator / kegiatan',
      measure: 'Satuan',
      target: 'Target triwulan / alokasi',
      realisation: 'Realisasi',
      numerator: 'Pembilang',
      denominator: 'Penyebut',
      explanation: 'Keterangan',
    },
    place: (sheet: string, row: number, column: string) => `Lembar '${sheet}', baris ${row}, kolom ${column}`,
    refused: (n: number) => `Lembar kerja berisi ${n} masalah; tidak ada yang disimpan.`,
    fromWorkbook: (fileName: string) => `diisi dari lembar kerja ${fileName}`,
    problems: {
      notANumber: (text: string) => `'${text}' bukan angka`,
      date: (day: string) =>
        `sel ini berisi tanggal (${day}), bukan angka: format selnya sebagai Angka (Format Sel → Angka), lalu ketik angkanya lagi`,
      ambiguous: (text: string) => `'${text}' — gunakan koma untuk desimal (12,5) dan titik untuk ribuan`,
      unknownCode: (code: string) =>
        `kode '${code}' bukan indikator atau kegiatan unit ini pada perjanjian kinerja`,
      twice: (code: string, sheet: string, row: number) =>
        `kode '${code}' sudah diisi di lembar '${sheet}', baris ${row}`,
      partsTogether: 'isi pembilang dan penyebut bersama-sama',
      merged: 'sel ini bagian dari sel gabungan: pisahkan selnya (Merge & Center) dan isi angka tiap baris',
      notARatio: 'indikator atau kegiatan ini bukan rasio: isi kolom Realisasi',
      valueOrParts: 'isi Realisasi atau Pembilang/Penyebut, bukan keduanya',
      rupiah: 'jumlah rupiah harus bilangan bulat, tidak negatif',
      noUnit: (name: string) => `unit kerja '${name}' tidak dikenal`,
      otherUnit: (name: string) =>
        `baris ini untuk unit '${name}', bukan unit Anda: kosongkan atau hapus baris unit lain, atau unduh lembar isian unit Anda`,
      noSheet: 'tidak ada tabel isian (kolom Unit kerja, Kode dan Realisasi) di berkas ini',
      otherQuarter: (name: string) =>
        `ini lembar isian triwulan lain: unduh lembar '${name}' dari triwulan ini dan isi angkanya di sana`,
      nothingFilled:
        'belum ada yang diisi: isi kolom Realisasi (Pembilang dan Penyebut untuk rasio), lalu unggah lagi',
    },
  },
  {
    sheetName: (quarter, year) => `Q${quarter} ${year} entry`,
    fillTitle: 'Fill from a workbook',
    fillHint:
      "Download the entry sheet, fill in the Realisation column (the Numerator and Denominator of ratio indicators; for activities, this quarter's spending in Rupiah) in Excel, and upload it again. The draft is filled as if typed; figures far from their targets are asked again in the form. Nothing is submitted.",
    downloadSheet: 'Download the entry sheet',
    fill: 'Fill the draft',
    columns: {
      unit: 'Unit',
      code: 'Code',
      name: 'Indicator / activity',
      measure: 'Measure',
      target: 'Quarter target / allocation',
      realisation: 'Realisation',
      numerator: 'Numerator',
      denominator: 'Denominator',
      explanation: 'Explanation',
    },
    place: (sheet, row, column) => `Sheet '${sheet}', row ${row}, column ${column}`,
    refused: (n) => `The workbook has ${n === 1 ? '1 problem' : `${n} problems`}; nothing was saved.`,
    fromWorkbook: (fileName) => `filled from the workbook ${fileName}`,
    problems: {
      notANumber: (text) => `'${text}' is not a number`,
      date: (day) =>
        `this cell holds a date (${day}), not a number: format it as Number (Format Cells → Number), then type the figure again`,
      ambiguous: (text) => `'${text}' — write decimals with a comma (12,5) and thousands with a dot`,
      unknownCode: (code) => `code '${code}' is no indicator or activity of this unit in the agreement`,
      twice: (code, sheet, row) => `code '${code}' is already filled in on sheet '${sheet}', row ${row}`,
      partsTogether: 'fill in the numerator and the denominator together',
      merged: "this cell is part of a merged cell: unmerge it (Merge & Center) and fill in each row's figure",
      notARatio: 'this indicator or activity is no ratio: fill in the Realisation column',
      valueOrParts: 'fill in the Realisation or the Numerator/Denominator, not both',
      rupiah: 'a Rupiah amount is a whole number, not negative',
      noUnit: (name) => `unit '${name}' is unknown`,
      otherUnit: (name) =>
        `this row is for unit '${name}', not yours: empty or delete the other units' rows, or download your unit's entry sheet`,
      noSheet: 'no entry table (Unit, Code and Realisation columns) in this file',
      otherQuarter: (name) =>
        `this is another quarter's entry sheet: download the sheet '${name}' from this quarter and fill in its figures there`,
      nothingFilled:
        'nothing is filled in yet: fill in the Realisation column (the Numerator and Denominator of a ratio), then upload again',
    },
  },
);
