import { defineMessages, plural } from '../../i18n.js';

/** The agreement's import from a workbook: template, upload, problems, preview, draft. */
export const agreementImportMessages = defineMessages(
  {
    title: 'Impor dari Excel',
    intro:
      'Unduh templat, isi atau ubah di Excel, lalu unggah. Berkas diperiksa dulu; tidak ada yang disimpan sebelum Anda membuat draf.',
    template: 'Unduh templat (.xlsx)',
    check: 'Unggah dan periksa',
    checking: 'Memeriksa…',
    problems: (n: number) =>
      plural('id', n, {
        0: 'Tidak ada masalah.',
        other: `${n} masalah — perbaiki di berkas lalu unggah lagi:`,
      }),
    preview: (created: number, changed: number, removed: number) =>
      `Pratinjau: ${created} dibuat, ${changed} diubah, ${removed} dihapus`,
    noChanges: 'Sama dengan versi yang berlaku: tidak ada perubahan.',
    details: 'Rincian',
    change: { created: 'dibuat', changed: 'diubah', removed: 'dihapus' },
    level: { objective: 'Sasaran', program: 'Program', activity: 'Kegiatan', indicator: 'Indikator' },
    columns: { what: 'Perubahan', level: 'Tingkat', code: 'Kode', name: 'Nama', fields: 'Yang berubah' },
    create: (kind: string) => `Buat draf ${kind}`,
    mapping: {
      title: 'Kolom mana berisi apa',
      intro:
        'Berkas ini bukan templat Capaian. Periksa kolom yang diusulkan untuk setiap isian, ubah bila perlu, lalu lanjutkan.',
      remembered: (by: string, at: string) =>
        `Pemetaan yang Anda konfirmasi untuk tata letak ini sebelumnya (oleh ${by}, ${at}).`,
      sheet: (sheet: string, row: number) => `lembar '${sheet}', judul kolom di baris ${row}`,
      noSheet: 'tidak ada lembar yang cocok',
      none: '— tidak ada —',
      required: 'wajib',
      unplaced: (columns: string) => `Kolom yang belum dipakai: ${columns}`,
      sheetUnit: 'Unit penanggung jawab seluruh lembar (tidak ada kolomnya)',
      confirm: 'Gunakan pemetaan ini dan periksa',
    },
    defaults: {
      title: (n: number) => `Nilai bawaan: ${n} baris memakai nilai yang tidak ada di berkas`,
      intro:
        'Berkas tidak memuat isian ini; Capaian mengusulkan nilainya. Periksa; bila ada yang salah, tambahkan kolomnya di berkas dan unggah lagi.',
      where: 'Letak',
      subject: 'Nama',
      values: 'Nilai bawaan',
      place: (sheet: string, row: number) => `${sheet}, baris ${row}`,
      confirm: 'Nilai bawaan sudah saya periksa dan saya setujui',
    },
  },
  {
    title: 'Import from Excel',
    intro:
      'Download the template, fill or edit it in Excel, then upload it. The file is checked first; nothing is stored until you create the draft.',
    template: 'Download the template (.xlsx)',
    check: 'Upload and check',
    checking: 'Checking…',
    problems: (n) =>
      plural('en', n, {
        0: 'No problems.',
        one: '1 problem — fix it in the file and upload it again:',
        other: `${n} problems — fix them in the file and upload it again:`,
      }),
    preview: (created, changed, removed) =>
      `Preview: ${created} created, ${changed} changed, ${removed} removed`,
    noChanges: 'The same as the version in force: nothing changes.',
    details: 'Details',
    change: { created: 'created', changed: 'changed', removed: 'removed' },
    level: { objective: 'Objective', program: 'Program', activity: 'Activity', indicator: 'Indicator' },
    columns: { what: 'Change', level: 'Level', code: 'Code', name: 'Name', fields: 'What changes' },
    create: (kind) => `Create the ${kind} draft`,
    mapping: {
      title: 'Which column holds what',
      intro:
        "This file is not Capaian's template. Check the column proposed for each field, change it where needed, then go on.",
      remembered: (by, at) => `The mapping you confirmed for this layout before (by ${by}, ${at}).`,
      sheet: (sheet, row) => `sheet '${sheet}', column headers in row ${row}`,
      noSheet: 'no sheet matches',
      none: '— none —',
      required: 'required',
      unplaced: (columns) => `Columns not used: ${columns}`,
      sheetUnit: 'Responsible unit of the whole sheet (it has no column for it)',
      confirm: 'Use this mapping and check',
    },
    defaults: {
      title: (n) => `Defaults: ${n} rows take values the file does not hold`,
      intro:
        'The file does not hold these fields; Capaian proposes their values. Check them; where one is wrong, add its column to the file and upload it again.',
      where: 'Where',
      subject: 'Name',
      values: 'Defaults',
      place: (sheet, row) => `${sheet}, row ${row}`,
      confirm: 'I have checked the defaults and accept them',
    },
  },
);
