import type { TNewAgency } from '../../shared/model/onboarding.js';

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
