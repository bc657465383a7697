import { defineMessages } from '../../i18n.js';

/** The notice on a quarter the region's Bappeda sent back: why, by whom, and what comes next. */
export const sentBackMessages = defineMessages(
  {
    title: 'Dikembalikan oleh Bappeda',
    byOn: (name: string, at: string) => `${name}, ${at}`,
    reason: 'Alasan',
    next: 'Kepala mengembalikan bagian unit yang angkanya harus diubah, lalu mengesahkan triwulan ini lagi.',
  },
  {
    title: 'Sent back by the Bappeda',
    byOn: (name, at) => `${name}, ${at}`,
    reason: 'Reason',
    next: 'The head returns the parts whose figures must change to their units, then signs the quarter off again.',
  },
);
