import { defineMessages } from '../../i18n.js';

export const evidenceMessages = defineMessages(
  {
    title: 'Data dukung',
    indicator: 'Indikator',
    file: 'Berkas',
    upload: 'Unggah',
    progress: 'Kemajuan unggahan',
    limits: 'Foto, PDF, lembar kerja atau dokumen; maksimal 10 MB.',
    none: 'Belum ada data dukung.',
    badType: 'Jenis berkas tidak diterima (foto, PDF, lembar kerja atau dokumen).',
    tooBig: 'Berkas maksimal 10 MB.',
    failed: 'Unggahan gagal',
    notArrived: 'belum sampai: unggahannya tidak selesai',
    uploadAgain: 'Unggah lagi',
  },
  {
    title: 'Supporting evidence',
    indicator: 'Indicator',
    file: 'File',
    upload: 'Upload',
    progress: 'Upload progress',
    limits: 'Photos, PDFs, spreadsheets or documents; 10 MB at most.',
    none: 'No evidence yet.',
    badType: 'This kind of file is not accepted (photo, PDF, spreadsheet or document).',
    tooBig: 'Files are 10 MB at most.',
    failed: 'Upload failed',
    notArrived: 'not arrived: its upload did not finish',
    uploadAgain: 'Upload again',
  },
);
