import { defineMessages } from '../../i18n.js';

export const signInMessages = defineMessages(
  {
    title: 'Masuk',
    devBadge: 'Masuk pengembangan.',
    devExplanation:
      'Hanya untuk mode lokal: pilih salah satu pengguna contoh, atau pengguna lain dengan id-nya, tanpa kata sandi. Di AWS, pengguna masuk melalui Cognito.',
    region: 'seluruh kabupaten',
    otherUser: 'Pengguna lain',
    otherUserHint: 'id pengguna yang ditambahkan di Pengaturan, mis. kabid-baru',
    otherUserButton: 'Masuk sebagai',
    cognitoHint: 'Masuk dengan email dan kata sandi akun Capaian Anda di halaman masuk pemerintah daerah.',
    cognitoButton: 'Masuk',
    failed: 'Gagal masuk',
    sessionEnded:
      'Sesi Anda telah berakhir. Masuk lagi untuk melanjutkan: Anda kembali ke halaman yang sama, dengan ketikan yang belum tersimpan.',
  },
  {
    title: 'Sign in',
    devBadge: 'Development sign-in.',
    devExplanation:
      'Local mode only: choose one of the demo users, or another by their id, no password. On AWS, users sign in through Cognito.',
    region: 'region-wide',
    otherUser: 'Another user',
    otherUserHint: 'the user id given in Settings, e.g. kabid-baru',
    otherUserButton: 'Sign in as',
    cognitoHint: "Sign in with your Capaian account's e-mail and password on the regional sign-in page.",
    cognitoButton: 'Sign in',
    failed: 'Sign-in failed',
    sessionEnded:
      'Your session has ended. Sign in again to go on: you come back to the same page, with your unsaved typing.',
  },
);
