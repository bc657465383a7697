import { defineMessages } from '../../i18n.js';

/** Choosing and uploading a workbook, wherever one is taken in (checker, quarter figures). */
export const workbookUploadMessages = defineMessages(
  {
    file: 'Berkas',
    limits: (megabytes: number, rows: string) =>
      `Excel (.xlsx) atau CSV (.csv, dipisah ; atau ,); maksimal ${megabytes} MB dan ${rows} baris.`,
    progress: 'Kemajuan unggahan',
    failed: 'Unggahan gagal',
  },
  {
    file: 'File',
    limits: (megabytes, rows) =>
      `Excel (.xlsx) or CSV (.csv, separated by ; or ,); at most ${megabytes} MB and ${rows} rows.`,
    progress: 'Upload progress',
    failed: 'Upload failed',
  },
);
