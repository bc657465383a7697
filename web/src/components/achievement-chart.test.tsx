import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { seedAgency, seedUnits } from '../../../shared/seed/organisation';
import { AgencyProvider } from '../app/agency';
import { AchievementChart } from './achievement-chart';

const render = () =>
  renderToStaticMarkup(
    <AgencyProvider agency={seedAgency} units={Object.values(seedUnits)}>
      <AchievementChart
        rows={[
          { id: 'a', code: 'IKU-1', name: 'Indeks', quarter: 95.1427, toDate: 97.02, annualOnly: false },
          { id: 'b', code: '1.a', name: 'Tingkat', quarter: null, toDate: 40, annualOnly: false },
          { id: 'c', code: 'IKU-2', name: 'Nilai AKIP', quarter: null, toDate: null, annualOnly: true },
        ]}
      />
    </AgencyProvider>,
  );

describe('the achievement chart', () => {
  it('prints every figure the Indonesian way and names the band for screen readers', () => {
    const html = render();
    expect(html).toContain('95,14 %');
    expect(html).toContain('97,02 %');
    expect(html).toContain('Sangat tinggi');
    expect(html).toContain('Sangat rendah');
    // A missing achievement is a dash and no bar, never 0 %.
    expect(html).toContain('>–<');
    // An annual-only indicator waiting for its TW4 score says so instead of a band.
    expect(html).toContain('tahunan, dinilai di TW4');
  });

  it('colours bars by band and scales them to 150 %', () => {
    const html = render();
    expect(html).toContain('background:#1b5e20');
    expect(html).toMatch(/width:63\.42\d*%/);
  });
});
