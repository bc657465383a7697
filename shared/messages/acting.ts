import { defineMessages } from '../i18n.js';

/** What the API says of acting officials (Plt./Plh.): their appointment, and their signing. */
export const actingMessages = defineMessages(
  {
    appointmentInvalid: 'Penunjukan pelaksana tugas belum benar',
    appointmentNotFound: 'Penunjukan ini tidak ditemukan',
    appointmentEnded: 'Penunjukan ini sudah berakhir',
    chooseUnit: 'pilih unitnya',
    choosePerson: 'pilih pelaksananya',
    notAUnitHere: 'bukan unit perangkat daerah ini',
    untilInRange: (maxDays: number) => `pada atau setelah tanggal mulai, paling lama ${maxDays} hari`,
    dayPassed: 'tanggal ini sudah lewat',
    dutyTaken: 'tugas ini sudah punya pelaksana tugas pada hari-hari itu',
    notAnActiveMember: 'pelaksana tugas adalah pegawai aktif sebuah perangkat daerah di kabupaten ini',
    holdsDutyAlready: 'sudah memegang tugas ini',
    recordRankAndNip: 'catat dulu pangkat dan NIP-nya: keduanya dicetak di bawah tanda tangan',
    signerNeedsRankAndNip:
      'Pangkat dan NIP Anda belum tercatat; keduanya dicetak di bawah tanda tangan pelaksana tugas',
  },
  {
    appointmentInvalid: 'The acting appointment is not valid',
    appointmentNotFound: 'This appointment was not found',
    appointmentEnded: 'This appointment has ended already',
    chooseUnit: 'choose the unit',
    choosePerson: 'choose who acts',
    notAUnitHere: 'not a unit of this agency',
    untilInRange: (maxDays) => `on or after the first day, at most ${maxDays} days`,
    dayPassed: 'this day has passed',
    dutyTaken: 'this duty has an acting official on these days already',
    notAnActiveMember: 'an acting official is an active member of an agency of this region',
    holdsDutyAlready: 'holds this duty already',
    recordRankAndNip: 'record their rank and NIP first: the signature block prints both',
    signerNeedsRankAndNip: "Your rank and NIP are not on record; an acting official's signature prints both",
  },
);
