import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { seedAgency, seedUnits } from '../../../../shared/seed/organisation';
import { AgencyProvider } from '../../app/agency';
import { AtRiskList } from './at-risk-list';

const row = (atRisk: { bestOnPlan: number; bestAchievement: number | null } | null) => ({
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
    const html = render([row({ bestOnPlan: 347, bestAchievement: (347 / 950) * 100 })]);
    expect(html).toContain('Bantuan sosial anak terlantar');
    expect(html).toContain('paling baik 347 dari target 950 Orang (36,53 %)');
  });

  it('groups them by the unit that answers for them, showing each unit’s worst three and the rest behind “n lainnya”', () => {
    const risky = (id: string, unitId: string, best: number) => ({
      ...row({ bestOnPlan: best, bestAchievement: (best / 950) * 100 }),
      indicatorId: id,
      name: `Indikator ${id}`,
      unitIds: [unitId],
    });
    const html = render([
      risky('a', 'sekretariat', 900),
      ...['b', 'c', 'd', 'e', 'f'].map((id, i) => risky(id, 'pemberdayaan-sosial', 100 * (i + 1))),
    ]);
    expect(html).toContain('6 indikator di 2 unit');
    // The unit with the worst indicator first; in it, its worst three before the summary.
    const order = [
      'Pemberdayaan Sosial',
      'Indikator b',
      'Indikator c',
      'Indikator d',
      '2 lainnya',
      'Indikator e',
    ];
    const at = order.map((text) => html.indexOf(text));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(html.indexOf('Sekretariat')).toBeGreaterThan(html.indexOf('Indikator f'));
  });

  it('says so when every indicator can still reach its target', () => {
    const html = render([row(null)]);
    expect(html).not.toContain('<li');
    expect(html).toContain('Tidak ada');
  });
});
