import { defineMessages } from '../../i18n.js';

/** The local mode's outbox: the emails written to a folder instead of being sent. */
export const outboxMessages = defineMessages(
  {
    title: 'Kotak keluar (mode lokal)',
    hint: 'Di mode lokal email tidak dikirim: email ditulis ke folder kotak keluar dan ditampilkan di sini.',
    localOnly: 'Kotak keluar hanya ada di mode lokal.',
    empty: 'Belum ada email.',
    to: 'Kepada',
    refresh: 'Muat ulang',
    show: 'Tampilkan isi',
  },
  {
    title: 'Outbox (local mode)',
    hint: 'In local mode emails are not sent: they are written to the outbox folder and listed here.',
    localOnly: 'The outbox exists in local mode only.',
    empty: 'No emails yet.',
    to: 'To',
    refresh: 'Refresh',
    show: 'Show the text',
  },
);
