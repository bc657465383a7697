import { describe, expect, it } from 'vitest';
import { indicatorPlaces } from '../model/agreement-indicators.js';
import { quarterly, type TQuarter } from '../model/quarter.js';
import { agreement2019Perubahan, parts2019 } from '../seed/hss-2019.js';
import { atRisk } from './at-risk.js';
import { realisationsByIndicator } from './collect.js';

const places = indicatorPlaces(agreement2019Perubahan);
const indicator = (id: string) => {
  const found = places.find((p) => p.indicator.id === id)?.indicator;
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};
const atRiskIds = (quarter: TQuarter) => {
  const realisations = realisationsByIndicator(parts2019, quarter);
  return places
    .map(({ indicator }) =>
      atRisk(indicator, realisations.get(indicator.id) ?? quarterly(undefined), quarter),
    )
    .flatMap((risk) => (risk ? [risk.indicatorId] : []));
};

describe('indicators that can no longer reach their annual target (seed 2019)', () => {
  it('after TW2: the sum-kind indicators whose missed amounts the later targets cannot make up', () => {
    expect(atRiskIds(2)).toEqual([
      'persentase-pmks-mandiri',
      'pelayanan-anak-terlantar',
      'tingkat-perlindungan-sosial-pmks',
      'bantuan-sosial-anak-terlantar',
      'bantuan-sosial-lansia-terlantar',
    ]);
  });

  it('Bantuan sosial anak terlantar: 347 given in TW2, no target after it, so at best 347 of 950', () => {
    const realisations =
      realisationsByIndicator(parts2019, 2).get('bantuan-sosial-anak-terlantar') ?? quarterly(undefined);
    expect(atRisk(indicator('bantuan-sosial-anak-terlantar'), realisations, 2)).toEqual({
      indicatorId: 'bantuan-sosial-anak-terlantar',
      bestOnPlan: 347,
      target: 950,
      bestAchievement: (347 / 950) * 100,
    });
  });

  it('leaves cumulative and level indicators out before TW4 (TW4 alone gives their year) and counts them after', () => {
    // Penyaluran pangan (level, 6.562 KPM every quarter) is below target all year: at risk only at TW4.
    expect(atRiskIds(3)).not.toContain('penyaluran-pangan-masyarakat-miskin');
    expect(atRiskIds(4)).toContain('penyaluran-pangan-masyarakat-miskin');
  });

  it('never lists Nilai AKIP, scored once a year, before its TW4 score is in', () => {
    for (const q of [1, 2, 3, 4] as const) expect(atRiskIds(q)).not.toContain('nilai-akip');
  });

  it('lists nothing when nothing is reported yet', () => {
    expect(atRisk(indicator('bantuan-sosial-anak-terlantar'), quarterly(undefined), 1)).toBeNull();
  });
});
