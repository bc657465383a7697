import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { seedAgency, seedUnits } from '../../../../shared/seed/organisation';
import { AgencyProvider } from '../../app/agency';
import { AtRiskList } from './at-risk-list';

const row = (atRisk: { bestOnPlan: number } | null) => ({
  indicatorId: 'bantuan-sosial-anak-terlantar',
  code: '3',
  indicatorCode: '3.2',
  name: 'Bantuan sosial anak terlantar',
  unitIds: ['u1'],
  quarter: null,
  toDate: 36.52,
  band: 'sangat-rendah',
  annualOnly: false,
  target: 950,
  unit: 'Orang',
  atRisk,
});
const render = (rows: ReturnType<typeof row>[]) =>
  renderToStaticMarkup(
    <AgencyProvider agency={seedAgency} units={Object.values(seedUnits)}>
      <AtRiskList achievements={rows} />
    </AgencyProvider>,
  );

describe('the at-risk list', () => {
  it('names each indicator that can no longer reach its target, with the best year on plan', () => {
    const html = render([row({ bestOnPlan: 1347 })]);
    expect(html).toContain('Bantuan sosial anak terlantar');
    expect(html).toContain('paling baik 1.347 dari target 950 Orang');
  });

  it('says so when every indicator can still reach its target', () => {
    const html = render([row(null)]);
    expect(html).not.toContain('<li');
    expect(html).toContain('Tidak ada');
  });
});
