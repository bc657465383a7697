import { defineMessages } from '../i18n.js';

/** What the API says when the region admin onboards agencies, restructures units and moves people. */
export const regionMessages = defineMessages(
  {
    regionNotFound: (regionId: string) => `Kabupaten/kota ${regionId} tidak ditemukan`,
    agencyInvalid: 'Data perangkat daerah belum benar',
    agencyIdTaken: 'id ini sudah dipakai perangkat daerah lain',
    unitIdRepeated: 'id unit ini sudah dipakai di daftar ini',
    oneSecretariat: 'satu perangkat daerah punya tepat satu sekretariat',
    samePerson: 'kepala dan perencana adalah dua orang yang berbeda',
    restructureInvalid: 'Perubahan susunan unit belum benar',
    fromYearTooEarly: (earliest: number) =>
      `paling awal ${earliest}: tahun yang sudah berjalan dengan triwulan disahkan tidak diubah`,
    unitIdTaken: 'id unit ini sudah dipakai di perangkat daerah ini',
    notActiveUnit: (year: number) => `bukan unit yang aktif pada ${year}`,
    sameName: 'nama baru sama dengan nama sekarang',
    moveInvalid: 'Perpindahan pegawai belum benar',
    alreadyThere: 'pegawai ini sudah di perangkat daerah ini',
    notAgencyStaff: 'hanya pegawai sebuah perangkat daerah yang dipindahkan',
  },
  {
    regionNotFound: (regionId) => `Region ${regionId} not found`,
    agencyInvalid: 'The agency is not valid',
    agencyIdTaken: 'another agency uses this id',
    unitIdRepeated: 'this unit id appears twice in the list',
    oneSecretariat: 'an agency has exactly one secretariat',
    samePerson: 'the head and the planner are two different people',
    restructureInvalid: 'The change of units is not valid',
    fromYearTooEarly: (earliest) =>
      `${earliest} at the earliest: a year under way with a quarter signed off is not changed`,
    unitIdTaken: 'this agency uses this unit id already',
    notActiveUnit: (year) => `not a unit in ${year}`,
    sameName: 'the new name is the current name',
    moveInvalid: 'The transfer is not valid',
    alreadyThere: 'this person is in this agency already',
    notAgencyStaff: 'only the staff of an agency are transferred',
  },
);
