import { defineMessages } from '../../i18n.js';

/** Dates typed as text in the agency's format, whatever the browser's language. */
export const dateEntryMessages = defineMessages(
  {
    dayPattern: 'hh/bb/tttt',
    invalidDay: 'tulis tanggalnya sebagai hari/bulan/tahun, misalnya 10/04/2026',
  },
  {
    dayPattern: 'dd/mm/yyyy',
    invalidDay: 'write the date as day/month/year, e.g. 10/04/2026',
  },
);
