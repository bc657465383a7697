import type { TNewAgency } from '../../shared/model/onboarding.js';
import { seedUnits } from '../../shared/seed/organisation.js';

/** A new agency of the demo region, as the region admin onboards it in the API tests. */
export const dishub: TNewAgency = {
  id: 'dishub-hss',
  name: 'Dinas Perhubungan Kabupaten Hulu Sungai Selatan',
  shortName: 'Dinas Perhubungan',
  units: [
    { id: 'sekretariat', name: 'Sekretariat', kind: 'secretariat' },
    { id: 'lalu-lintas', name: 'Bidang Lalu Lintas', kind: 'division' },
    { id: 'angkutan', name: 'Bidang Angkutan', kind: 'division' },
  ],
  head: {
    id: 'kepala-dishub',
    email: 'kepala@dishub-hss.example',
    name: 'Ir. H. Gusti Rahman, M.T.',
    rank: 'Pembina Tingkat I',
    nip: '19700512 199503 1 002',
  },
  planner: { id: 'perencana-dishub', email: 'perencana@dishub-hss.example', name: 'Dewi Lestari, S.T.' },
};

/**
 * A fresh agency of the region with the seed's units, as another Dinas Sosial starting on Capaian
 * would be: the seed's agreement, exported and imported, names units it has.
 */
export const freshDinsos: TNewAgency = {
  id: 'dinsos-baru',
  name: 'Dinas Sosial Kabupaten Contoh',
  shortName: 'Dinas Sosial Contoh',
  units: Object.values(seedUnits).map(({ id, name, kind }) => ({ id, name, kind })),
  head: {
    id: 'kepala-baru',
    email: 'kepala@dinsos-baru.example',
    name: 'Dra. Rina Wati, M.Si',
    rank: 'Pembina Utama Muda',
    nip: '19690101 199003 2 001',
  },
  planner: { id: 'perencana-baru', email: 'perencana@dinsos-baru.example', name: 'Budi Santoso, S.E.' },
};
