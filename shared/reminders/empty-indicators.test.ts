import { describe, expect, it } from 'vitest';
import type { TAgreementVersion } from '../model/agreement.js';
import type { TIndicator } from '../model/indicator.js';
import { seedUnits } from '../seed/organisation.js';
import { emptyIndicators } from './empty-indicators.js';

const indicator = (id: string, name: string): TIndicator => ({
  id,
  code: id.slice(0, 20),
  name,
  unit: 'Orang',
  polarity: 'higher',
  aggregation: 'sum',
  target: 40,
  quarterTargets: [10, 10, 10, 10],
});

const perlindungan = seedUnits.perlindungan.id;
const pemberdayaan = seedUnits.pemberdayaan.id;

/** A slice of the HSS agreement: an IKU two units share, and two divisions' programs. */
const agreement: TAgreementVersion = {
  agencyId: 'dinsos-hss',
  year: 2026,
  version: 1,
  kind: 'murni',
  objectives: [
    {
      code: '3',
      name: 'Meningkatnya perlindungan sosial bagi PMKS',
      indicators: [
        {
          ...indicator('tingkat-perlindungan', 'Tingkat perlindungan sosial terhadap PMKS'),
          formula: 'PMKS terlindungi / PMKS terdata × 100',
          responsibleUnitIds: [perlindungan, pemberdayaan],
          dataSource: 'Bidang Perlindungan dan Jaminan Sosial',
        },
      ],
    },
  ],
  programs: [
    { code: '1', name: 'Program Pemberdayaan Sosial', unitId: pemberdayaan, indicators: [] },
    { code: '2', name: 'Program Perlindungan dan Jaminan Sosial', unitId: perlindungan, indicators: [] },
  ],
  activities: [
    {
      code: '1.1',
      programCode: '1',
      name: 'Bantuan Usaha bagi Masyarakat Miskin',
      unitId: pemberdayaan,
      budget: 150_000_000,
      indicators: [indicator('uep-masyarakat-miskin', 'Jumlah masyarakat memperoleh bantuan UEP')],
    },
    {
      code: '2.1',
      programCode: '2',
      name: 'Penyaluran Pangan bagi Masyarakat Miskin',
      unitId: perlindungan,
      budget: 250_000_000,
      indicators: [
        indicator('penyaluran-pangan', 'Penyaluran pangan bagi masyarakat miskin'),
        indicator('korban-bencana', 'Persentase korban bencana yang mendapat bantuan tanggap darurat'),
        indicator(
          'korban-kekerasan',
          'Persentase korban tindak kekerasan yang mendapatkan perlindungan sosial',
        ),
      ],
    },
  ],
};

const ids = (part?: Parameters<typeof emptyIndicators>[2]) =>
  emptyIndicators(agreement, perlindungan, part).map((i) => i.id);

describe('emptyIndicators', () => {
  it('lists, in report order, every indicator the unit enters while it has no part', () => {
    expect(ids()).toEqual([
      'tingkat-perlindungan',
      'penyaluran-pangan',
      'korban-bencana',
      'korban-kekerasan',
    ]);
    // The shared IKU is entered by its first responsible unit only.
    expect(emptyIndicators(agreement, pemberdayaan).map((i) => i.id)).toEqual(['uep-masyarakat-miskin']);
  });

  it('drops indicators with a figure or an explicit nothing-to-report, keeps blank rows', () => {
    const part = {
      realisations: [
        { indicatorId: 'tingkat-perlindungan', numerator: 120, denominator: 160 },
        { indicatorId: 'penyaluran-pangan', value: 6562 },
        { indicatorId: 'korban-bencana', nothingToReport: true, explanation: 'tidak ada bencana' },
        { indicatorId: 'korban-kekerasan' },
      ],
    };
    expect(ids(part)).toEqual(['korban-kekerasan']);
  });
});
