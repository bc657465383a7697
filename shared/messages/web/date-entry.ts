import { defineMessages } from '../../i18n.js';

/** Dates and times typed as text in the agency's format, whatever the browser's language. */
export const dateEntryMessages = defineMessages(
  {
    dayPattern: 'hh/bb/tttt',
    timePattern: 'jj.mm',
    invalidDay: 'tulis tanggalnya sebagai hari/bulan/tahun, misalnya 10/04/2026',
    invalidTime: 'tulis jamnya sebagai jam.menit (00.00–23.59), misalnya 23.59',
  },
  {
    dayPattern: 'dd/mm/yyyy',
    timePattern: 'hh:mm',
    invalidDay: 'write the date as day/month/year, e.g. 10/04/2026',
    invalidTime: 'write the time as hours:minutes (00:00–23:59), e.g. 23:59',
  },
);
