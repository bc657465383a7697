import type { TAgreementVersion } from './agreement.js';
import type { TIndicator } from './indicator.js';
import type { TUnit } from './organisation.js';
import type { TQuarterPartContent } from './realisation.js';

/** Two units of a small test agency. */
export const fixtureUnits: TUnit[] = [
  { id: 'sekretariat', agencyId: 'dinas-uji', name: 'Sekretariat', kind: 'secretariat' },
  { id: 'bidang-a', agencyId: 'dinas-uji', name: 'Bidang A', kind: 'division' },
];

const indicator = (id: string, code: string, extra: Partial<TIndicator> = {}): TIndicator => ({
  id,
  code,
  name: `Indikator ${code}`,
  unit: 'Orang',
  polarity: 'higher',
  aggregation: 'sum',
  target: 40,
  quarterTargets: [0, 0, 20, 20],
  ...extra,
});

/** A small consistent agreement: one objective, two programs, three activities. */
export const fixtureAgreement = (): TAgreementVersion => ({
  agencyId: 'dinas-uji',
  year: 2025,
  version: 1,
  kind: 'murni',
  objectives: [
    {
      code: '1',
      name: 'Sasaran',
      indicators: [
        {
          ...indicator('iku-rasio', 'IKU-1', { unit: 'Persen', target: 60, quarterTargets: [30, 20, 5, 5] }),
          ratio: { numeratorLabel: 'mandiri', denominatorLabel: 'terdata' },
          formula: 'mandiri / terdata × 100',
          responsibleUnitIds: ['bidang-a', 'sekretariat'],
          dataSource: 'pendataan',
        },
      ],
    },
  ],
  programs: [
    { code: '1', name: 'Program A', unitId: 'bidang-a', indicators: [indicator('outcome-a', '1.a')] },
    { code: '2', name: 'Program B', unitId: 'sekretariat', indicators: [] },
  ],
  activities: [
    {
      code: '1.1',
      programCode: '1',
      name: 'Kegiatan 1.1',
      unitId: 'bidang-a',
      budget: 1_000_000,
      indicators: [indicator('output-a', '1.1.a')],
    },
    {
      code: '1.2',
      programCode: '1',
      name: 'Kegiatan 1.2',
      unitId: 'bidang-a',
      budget: 2_500_000,
      indicators: [
        indicator('dokumen', '1.2.a', {
          aggregation: 'cumulative',
          unit: 'Dokumen',
          target: 15,
          quarterTargets: [10, 11, 13, 15],
        }),
      ],
    },
    {
      code: '2.1',
      programCode: '2',
      name: 'Kegiatan 2.1',
      unitId: 'sekretariat',
      budget: 400_000,
      indicators: [
        indicator('pangan', '2.1.a', {
          aggregation: 'level',
          unit: 'KPM',
          target: 100,
          quarterTargets: [100, 100, 100, 100],
        }),
      ],
    },
  ],
});

/** A unit's empty part of a quarter of the fixture agreement. */
export const fixturePart = (
  unitId: string,
  quarter: TQuarterPartContent['quarter'],
  content: Partial<TQuarterPartContent> = {},
): TQuarterPartContent => ({
  agencyId: 'dinas-uji',
  year: 2025,
  quarter,
  unitId,
  agreementVersion: 1,
  realisations: [],
  budget: [],
  narratives: [],
  ...content,
});
