import type { TAgreementVersion } from '../model/agreement.js';
import type { TIndicator } from '../model/indicator.js';
import type { TAgency, TUnit, TUser } from '../model/organisation.js';
import { seedRegion } from './organisation.js';

/**
 * Made-up agencies beside the seed's Dinas Sosial, so that the region's view shows something on
 * first start: every one is marked `example` (and "contoh" in its id and name), its people use
 * the reserved .example domain. Each has its own story in the open year's reported quarters.
 */
type TExampleStory = 'onTime' | 'late' | 'returned' | 'atRisk';

export type TExampleAgency = {
  agency: TAgency;
  units: TUnit[];
  users: TUser[];
  story: TExampleStory;
  /** The agreement of `year`: one objective, a program and an activity per division, the secretariat's support. */
  agreement: (year: number) => TAgreementVersion;
};

type TExampleSpec = {
  key: string;
  name: string;
  head: TAgency['head'];
  story: TExampleStory;
  objective: string;
  iku: string;
  divisions: [
    { key: string; name: string; program: string; activity: string; output: string; unit: string },
    ...{
      key: string;
      name: string;
      program: string;
      activity: string;
      output: string;
      unit: string;
    }[],
  ];
};

const specs: TExampleSpec[] = [
  {
    key: 'dinkes',
    name: 'Dinas Kesehatan',
    head: { name: 'dr. Contoh Rahmawati, M.Kes', rank: 'Pembina Utama Muda', nip: '197103152000032001' },
    story: 'onTime',
    objective: 'Meningkatnya derajat kesehatan masyarakat',
    iku: 'Persentase desa dengan layanan kesehatan dasar sesuai standar',
    divisions: [
      {
        key: 'kesmas',
        name: 'Bidang Kesehatan Masyarakat',
        program: 'Program Pemenuhan Upaya Kesehatan Perorangan dan Masyarakat',
        activity: 'Penyediaan Layanan Kesehatan Ibu dan Anak',
        output: 'Ibu hamil yang mendapat layanan antenatal',
        unit: 'Orang',
      },
      {
        key: 'p2p',
        name: 'Bidang Pencegahan dan Pengendalian Penyakit',
        program: 'Program Pencegahan dan Pengendalian Penyakit',
        activity: 'Pengelolaan Imunisasi Dasar',
        output: 'Bayi yang mendapat imunisasi dasar lengkap',
        unit: 'Orang',
      },
    ],
  },
  {
    key: 'disdik',
    name: 'Dinas Pendidikan',
    head: { name: 'Drs. Contoh Syahrial, M.Pd', rank: 'Pembina Utama Muda', nip: '196908121994031004' },
    story: 'late',
    objective: 'Meningkatnya akses dan mutu pendidikan dasar',
    iku: 'Angka partisipasi murni SD/MI',
    divisions: [
      {
        key: 'paud',
        name: 'Bidang Pembinaan PAUD dan Pendidikan Nonformal',
        program: 'Program Pengelolaan Pendidikan Anak Usia Dini',
        activity: 'Pembinaan Lembaga PAUD',
        output: 'Lembaga PAUD yang dibina',
        unit: 'Lembaga',
      },
      {
        key: 'sd',
        name: 'Bidang Pembinaan Sekolah Dasar',
        program: 'Program Pengelolaan Pendidikan Sekolah Dasar',
        activity: 'Penyediaan Buku Teks Sekolah Dasar',
        output: 'Sekolah dasar yang menerima buku teks',
        unit: 'Sekolah',
      },
    ],
  },
  {
    key: 'dpupr',
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    head: { name: 'Ir. Contoh Baihaqi, M.T.', rank: 'Pembina Tingkat I', nip: '197205201998031007' },
    story: 'returned',
    objective: 'Meningkatnya kualitas infrastruktur jalan kabupaten',
    iku: 'Persentase jalan kabupaten dalam kondisi mantap',
    divisions: [
      {
        key: 'bina-marga',
        name: 'Bidang Bina Marga',
        program: 'Program Penyelenggaraan Jalan',
        activity: 'Rehabilitasi Jalan Kabupaten',
        output: 'Panjang jalan yang direhabilitasi',
        unit: 'Km',
      },
      {
        key: 'sda',
        name: 'Bidang Sumber Daya Air',
        program: 'Program Pengelolaan Sumber Daya Air',
        activity: 'Rehabilitasi Jaringan Irigasi',
        output: 'Jaringan irigasi yang direhabilitasi',
        unit: 'Lokasi',
      },
    ],
  },
  {
    key: 'distan',
    name: 'Dinas Pertanian',
    head: { name: 'Ir. Contoh Hamdani, M.Si', rank: 'Pembina Tingkat I', nip: '197011041997031003' },
    story: 'atRisk',
    objective: 'Meningkatnya produksi pangan daerah',
    iku: 'Persentase kenaikan produksi padi',
    divisions: [
      {
        key: 'tanaman-pangan',
        name: 'Bidang Tanaman Pangan',
        program: 'Program Penyediaan dan Pengembangan Sarana Pertanian',
        activity: 'Penyediaan Benih Padi Unggul',
        output: 'Kelompok tani yang menerima benih',
        unit: 'Kelompok',
      },
      {
        key: 'penyuluhan',
        name: 'Bidang Penyuluhan',
        program: 'Program Penyuluhan Pertanian',
        activity: 'Penyuluhan Pertanian di Desa',
        output: 'Penyuluhan yang dilaksanakan',
        unit: 'Kali',
      },
    ],
  },
];

const indicator = (
  id: string,
  code: string,
  name: string,
  unit: string,
  extra: Partial<TIndicator> = {},
): TIndicator => ({
  id,
  code,
  name,
  unit,
  polarity: 'higher',
  aggregation: 'sum',
  target: 120,
  quarterTargets: [30, 30, 30, 30],
  ...extra,
});

function exampleAgency(spec: TExampleSpec): TExampleAgency {
  const agencyId = `contoh-${spec.key}`;
  const agency: TAgency = {
    id: agencyId,
    regionId: seedRegion.id,
    name: `${spec.name} Kabupaten Hulu Sungai Selatan (contoh)`,
    shortName: `${spec.name} (contoh)`,
    head: spec.head,
    timeZone: seedRegion.timeZone,
    example: true,
  };
  const unit = (id: string, name: string, kind: TUnit['kind'] = 'division'): TUnit => ({
    id,
    agencyId,
    name,
    kind,
  });
  const units = [
    unit('sekretariat', 'Sekretariat', 'secretariat'),
    ...spec.divisions.map((d) => unit(d.key, d.name)),
  ];
  const person = (id: string, name: string, roles: TUser['roles'], unitId?: string): TUser => ({
    id: `${id}-${spec.key}`,
    email: `${id}@${agencyId}.example`,
    name,
    roles,
    agencyId,
    unitId,
    locale: 'id',
    // Made-up people get no e-mails: the sweep skips an example agency (`planReminders`), and
    // their settings say so.
    remindersOff: true,
  });
  const users = [
    { ...person('kepala', spec.head.name, ['head']), rank: spec.head.rank, nip: spec.head.nip },
    person('perencana', `Perencana ${spec.name} (contoh)`, ['planner']),
    person('verifikator', `Verifikator ${spec.name} (contoh)`, ['verifier']),
    person('sekretaris', `Sekretaris ${spec.name} (contoh)`, ['division_head'], 'sekretariat'),
    ...spec.divisions.map((d) =>
      person(`kabid-${d.key}`, `Kepala ${d.name} (contoh)`, ['division_head'], d.key),
    ),
  ];
  const [first] = spec.divisions;
  const agreement = (year: number): TAgreementVersion => ({
    agencyId,
    year,
    version: 1,
    kind: 'murni',
    objectives: [
      {
        code: '1',
        name: spec.objective,
        indicators: [
          {
            ...indicator('iku-1', 'IKU 1', spec.iku, 'Persen', {
              aggregation: 'level',
              target: 90,
              quarterTargets: [90, 90, 90, 90],
            }),
            formula: 'capaian program / sasaran program × 100',
            responsibleUnitIds: [first.key],
            dataSource: `Laporan ${first.name}`,
          },
        ],
      },
    ],
    programs: [
      ...spec.divisions.map((d, i) => ({
        code: String(i + 1),
        name: d.program,
        unitId: d.key,
        indicators: [],
      })),
      {
        code: String(spec.divisions.length + 1),
        name: 'Program Penunjang Urusan Pemerintahan Daerah',
        unitId: 'sekretariat',
        indicators: [],
      },
    ],
    activities: [
      ...spec.divisions.map((d, i) => ({
        code: `${i + 1}.1`,
        programCode: String(i + 1),
        name: d.activity,
        unitId: d.key,
        budget: 850_000_000 + i * 125_000_000,
        indicators: [indicator(`output-${d.key}`, `${i + 1}.1.a`, d.output, d.unit)],
      })),
      {
        code: `${spec.divisions.length + 1}.1`,
        programCode: String(spec.divisions.length + 1),
        name: 'Administrasi Keuangan Perangkat Daerah',
        unitId: 'sekretariat',
        budget: 1_240_000_000,
        indicators: [
          indicator(
            'laporan-keuangan',
            `${spec.divisions.length + 1}.1.a`,
            'Laporan keuangan yang disusun',
            'Dokumen',
            {
              aggregation: 'cumulative',
              target: 12,
              quarterTargets: [3, 6, 9, 12],
            },
          ),
        ],
      },
    ],
  });
  return { agency, units, users, story: spec.story, agreement };
}

/** The example agencies of the demo region, each marked as example data. */
export const exampleAgencies: TExampleAgency[] = specs.map(exampleAgency);
