import { defineMessages } from '../i18n.js';

/** What the API says when a person retries an outbox event. */
export const outboxApiMessages = defineMessages(
  {
    eventNotFound: (eventId: string) => `Peristiwa ${eventId} tidak ditemukan di perangkat daerah ini`,
    notFailed: 'Peristiwa ini tidak (lagi) gagal: sudah dicoba lagi atau sudah selesai',
  },
  {
    eventNotFound: (eventId) => `Event ${eventId} not found in this agency`,
    notFailed: 'This event has not failed (any more): it was retried already or has finished',
  },
);
