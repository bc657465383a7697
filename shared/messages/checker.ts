import { formatNumber } from '../calc/format.js';
import { defineMessages, plural } from '../i18n.js';

const withoutExtension = (fileName: string) => fileName.replace(/\.(xlsx|csv)$/i, '');

/**
 * The checker of reports made by hand: why a figure is listed (shared/checker's reasons), its
 * kinds and the findings' columns, in the screen and in the downloadable XLSX alike.
 */
export const checkerMessages = defineMessages(
  {
    reasons: {
      repeatsRealisation: 'sel ini mengulang realisasi, bukan capaian',
      truncated: 'dipotong, bukan dibulatkan',
      roundedTwice: 'dibulatkan dua kali (lewat 2 desimal)',
      noTarget: 'triwulan ini tanpa target; angkanya juga bukan capaian s.d. triwulan',
      neither: 'tidak sesuai dengan target dan realisasi triwulan ini maupun s.d. triwulan ini',
      fewerDecimals: 'benar, dengan desimal lebih sedikit',
      zeroWithoutTarget: 'triwulan tanpa target tidak punya capaian ("–"), bukan 0 %',
      absorption: 'realisasi / alokasi × 100',
      remainder: 'alokasi − realisasi',
      remainderOfRow: (row: string) => `alokasi − realisasi; angka yang diketik adalah sisa baris "${row}"`,
      total: 'bukan jumlah baris-baris di atasnya',
    },
    kinds: {
      slip: 'Salah hitung',
      rounded: 'Desimal lebih sedikit',
      noTarget: '0 % tanpa target',
    },
    columns: {
      sheet: 'Lembar',
      cell: 'Sel',
      row: 'Baris',
      column: 'Kolom',
      typed: 'Diketik',
      computed: 'Dihitung',
      toDate: 's.d. triwulan',
      kind: 'Jenis',
      why: 'Keterangan',
    },
    title: 'Periksa laporan buatan tangan',
    download: 'Unduh hasil (Excel)',
    sheetName: 'Hasil pemeriksaan',
    fileName: (fileName: string) => `Hasil pemeriksaan ${withoutExtension(fileName)}.xlsx`,
    upload: 'Unggah tabel',
    check: 'Periksa',
    intro:
      'Unggah tabel LKj atau tabel capaian triwulan yang dibuat di Excel. Capaian menghitung ulang setiap persentase capaian, serapan, sisa dan jumlah dengan rumus yang sama, lalu mencantumkan setiap angka yang berbeda. Berkas tidak disimpan.',
    sheetsRead: 'Lembar yang dibaca',
    sheetTables: { quarterly: 'tabel capaian triwulan', budget: 'tabel anggaran' } as Record<string, string>,
    noTable: 'tidak ada tabel yang dikenali',
    sheetCounts: (rows: number, figures: number) => `${rows} baris, ${figures} angka diperiksa`,
    found: (n: number) =>
      n === 0
        ? 'Tidak ada angka yang salah.'
        : `${formatNumber(n, { locale: 'id' })} angka berbeda dari hasil hitungan.`,
    listedFirst: (shown: number, total: number) =>
      `Yang dicantumkan hanya ${formatNumber(shown, { locale: 'id' })} angka pertama dari ${formatNumber(total, { locale: 'id' })}: perbaiki, lalu periksa lagi.`,
  },
  {
    reasons: {
      repeatsRealisation: 'the cell repeats the realisation, not an achievement',
      truncated: 'truncated instead of rounded',
      roundedTwice: 'rounded twice, via 2 decimals',
      noTarget: 'the quarter has no target; the figure is not the achievement to date either',
      neither: "follows neither from the quarter's target and realisation nor from the year to date",
      fewerDecimals: 'right, typed with fewer decimals',
      zeroWithoutTarget: 'a quarter without a target has no achievement ("–"), not 0 %',
      absorption: 'realisasi / alokasi × 100',
      remainder: 'alokasi − realisasi',
      remainderOfRow: (row) => `alokasi − realisasi; the typed figure is the sisa of "${row}"`,
      total: 'not the sum of the lines above it',
    },
    kinds: {
      slip: 'Wrong figure',
      rounded: 'Fewer decimals',
      noTarget: '0 % without a target',
    },
    columns: {
      sheet: 'Sheet',
      cell: 'Cell',
      row: 'Row',
      column: 'Column',
      typed: 'Typed',
      computed: 'Computed',
      toDate: 'To date',
      kind: 'Kind',
      why: 'Why',
    },
    title: 'Check a report made by hand',
    download: 'Download the findings (Excel)',
    sheetName: 'Findings',
    fileName: (fileName) => `Check of ${withoutExtension(fileName)}.xlsx`,
    upload: 'Upload a table',
    check: 'Check',
    intro:
      'Upload an LKj table or a quarterly performance table made in Excel. Capaian recomputes every achievement, absorption, remainder and total with the same arithmetic and lists each figure that differs. The file is not kept.',
    sheetsRead: 'Sheets read',
    sheetTables: { quarterly: 'quarterly performance table', budget: 'budget table' },
    noTable: 'no table recognised',
    sheetCounts: (rows, figures) =>
      `${plural('en', rows, { one: '1 row', other: `${rows} rows` })}, ${plural('en', figures, { one: '1 figure', other: `${figures} figures` })} checked`,
    found: (n) =>
      n === 0
        ? 'No figure is wrong.'
        : plural('en', n, {
            one: '1 figure differs from the computation.',
            other: `${formatNumber(n, { locale: 'en' })} figures differ from the computation.`,
          }),
    listedFirst: (shown, total) =>
      `Only the first ${formatNumber(shown, { locale: 'en' })} of ${formatNumber(total, { locale: 'en' })} are listed: fix them and check again.`,
  },
);
