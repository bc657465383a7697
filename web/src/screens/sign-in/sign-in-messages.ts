import { defineMessages } from '../../i18n/i18n';

export const signInMessages = defineMessages(
  {
    title: 'Masuk',
    devBadge: 'Masuk pengembangan.',
    devExplanation:
      'Hanya untuk mode lokal: pilih salah satu pengguna contoh tanpa kata sandi. Di AWS, pengguna masuk melalui Cognito.',
    notLocal: 'Masuk pengembangan tidak tersedia di server ini. Masuk melalui halaman masuk Cognito.',
    region: 'seluruh kabupaten',
  },
  {
    title: 'Sign in',
    devBadge: 'Development sign-in.',
    devExplanation:
      'Local mode only: choose one of the demo users, no password. On AWS, users sign in through Cognito.',
    notLocal:
      'Development sign-in is not available on this server. Sign in through the Cognito sign-in page.',
    region: 'region-wide',
  },
);
