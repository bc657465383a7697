import { describe, expect, it } from 'vitest';
import { indicatorPlaces } from '../../../../shared/model/agreement-indicators';
import { defaultAgencySettings } from '../../../../shared/model/settings';
import { agreement2019Perubahan } from '../../../../shared/seed/hss-2019';
import { liveFigures } from './indicator-figures';

const nilaiAkip = indicatorPlaces(agreement2019Perubahan).find(
  (p) => p.indicator.id === 'nilai-akip',
)?.indicator;
const zero = { indicatorId: 'nilai-akip', value: 0 };

describe('the quarter form beside an annual-only indicator (Nilai AKIP)', () => {
  if (!nilaiAkip) throw new Error('seed indicator missing');

  it('shows no band but "annual, scored in TW4" while TW4 has no score, even after a 0 in TW2', () => {
    const figures = liveFigures(nilaiAkip, [zero, zero, undefined, undefined], 4, defaultAgencySettings);
    expect(figures.awaitsYearFigure).toBe(true);
    expect(figures.band).toBeNull();
  });

  it('bands the score once it is typed in TW4', () => {
    const scored = { indicatorId: 'nilai-akip', value: 81.57 };
    const figures = liveFigures(nilaiAkip, [zero, zero, undefined, scored], 4, defaultAgencySettings);
    expect(figures.awaitsYearFigure).toBe(false);
    expect(figures.band?.id).toBe(defaultAgencySettings.statusBands[0]?.id);
  });
});
