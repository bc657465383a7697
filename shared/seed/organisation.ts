import type { TAgency, TRegion, TUnit, TUser } from '../model/organisation.js';

/** The demo data: Dinas Sosial of Kabupaten Hulu Sungai Selatan, from its LKj 2019. */
export const seedRegion: TRegion = {
  id: 'kab-hss',
  name: 'Kabupaten Hulu Sungai Selatan',
  seat: 'Kandangan',
  timeZone: 'Asia/Makassar',
  // The LKj names only the head; Bupati of HSS in 2019 (2013–2023 term).
  regentName: 'H. ACHMAD FIKRY, S.Ag, M.AP',
};

export const seedAgency: TAgency = {
  id: 'dinsos-hss',
  regionId: seedRegion.id,
  name: 'Dinas Sosial Kabupaten Hulu Sungai Selatan',
  shortName: 'Dinas Sosial',
  head: { name: 'Hj. SITI ERMA, S.Sos, M.AP', rank: 'Pembina Utama Muda', nip: '196703281986092001' },
  timeZone: seedRegion.timeZone,
};

const unit = (id: string, name: string, kind: TUnit['kind'] = 'division'): TUnit => ({
  id,
  agencyId: seedAgency.id,
  name,
  kind,
});

export const seedUnits = {
  sekretariat: unit('sekretariat', 'Sekretariat', 'secretariat'),
  pemberdayaan: unit('pemberdayaan-sosial', 'Bidang Pemberdayaan Sosial'),
  rehabilitasi: unit('pelayanan-rehabilitasi', 'Bidang Pelayanan dan Rehabilitasi Sosial'),
  perlindungan: unit('perlindungan-jaminan', 'Bidang Perlindungan dan Jaminan Sosial'),
} as const;

const staff = (user: Omit<TUser, 'agencyId' | 'locale' | 'remindersOff'>): TUser => ({
  agencyId: seedAgency.id,
  locale: 'id',
  remindersOff: false,
  ...user,
});

const region = (user: Pick<TUser, 'id' | 'email' | 'name' | 'roles'>): TUser => ({
  regionId: seedRegion.id,
  locale: 'id',
  remindersOff: false,
  ...user,
});

/**
 * One user per role. Only the head's name comes from the report; the others are demo people.
 * Emails use the reserved .example domain so nothing can reach a real inbox.
 */
export const seedUsers: TUser[] = [
  staff({
    id: 'kepala-dinas',
    email: 'kepala@dinsos-hss.example',
    name: seedAgency.head.name,
    rank: seedAgency.head.rank,
    nip: seedAgency.head.nip,
    roles: ['head'],
  }),
  staff({
    id: 'perencana',
    email: 'perencana@dinsos-hss.example',
    name: 'Rina Maulida, S.E.',
    roles: ['planner'],
  }),
  staff({
    id: 'verifikator',
    email: 'verifikator@dinsos-hss.example',
    name: 'Ahmad Fauzi, S.Sos',
    roles: ['verifier'],
  }),
  staff({
    id: 'sekretaris',
    email: 'sekretaris@dinsos-hss.example',
    name: 'H. Muhammad Rusdi, S.Sos',
    // The Sekretaris usually stands in for the head (Plh.): the signature block prints rank and NIP.
    rank: 'Pembina Tingkat I',
    nip: '197204151998031005',
    roles: ['division_head'],
    unitId: seedUnits.sekretariat.id,
  }),
  staff({
    id: 'kabid-pemberdayaan',
    email: 'pemberdayaan@dinsos-hss.example',
    name: 'Noor Hidayati, S.Sos',
    roles: ['division_head'],
    unitId: seedUnits.pemberdayaan.id,
  }),
  staff({
    id: 'kabid-rehabilitasi',
    email: 'rehabilitasi@dinsos-hss.example',
    name: 'Syahrani, S.Pd',
    roles: ['division_head'],
    unitId: seedUnits.rehabilitasi.id,
  }),
  staff({
    id: 'kabid-perlindungan',
    email: 'perlindungan@dinsos-hss.example',
    name: 'Rahmadi, S.AP',
    roles: ['division_head'],
    unitId: seedUnits.perlindungan.id,
  }),
  staff({ id: 'pengamat', email: 'pengamat@dinsos-hss.example', name: 'Siti Aisyah', roles: ['viewer'] }),
  // The region's roles: Bappeda administers the region's agencies and reads them all, as does
  // the Inspektorat; neither takes part in an agency's cycle.
  region({
    id: 'admin-bappeda',
    email: 'admin@bappeda-hss.example',
    name: 'Admin Bappeda Kab. HSS',
    roles: ['admin'],
  }),
  region({
    id: 'bappeda',
    email: 'evaluasi@bappeda-hss.example',
    name: 'Bappeda Kab. HSS',
    roles: ['viewer'],
  }),
  region({
    id: 'inspektorat',
    email: 'auditor@inspektorat-hss.example',
    name: 'Inspektorat Kab. HSS',
    roles: ['viewer'],
  }),
  {
    id: 'admin',
    email: 'admin@capaian.example',
    name: 'Admin Sistem',
    roles: ['admin'],
    locale: 'en',
    remindersOff: false,
  },
];
