import { describe, expect, it } from 'vitest';
import { app } from '../../functions/api/app.js';
import { buildBudgetTable } from '../../shared/calc/budget-table.js';
import { buildPerformanceTable } from '../../shared/calc/performance-table.js';
import { roundHalfUp } from '../../shared/calc/rounding.js';
import { agreement2019Perubahan, parts2019 } from '../../shared/seed/hss-2019.js';
import { withSeededStore } from '../support/seeded-store.js';
import { signIn } from '../support/sign-in.js';

withSeededStore();

async function get(path: string) {
  const response = await app.request(path, { headers: await signIn('pengamat') });
  return { status: response.status, body: await response.json() };
}

describe('the 2019 tables through the API', () => {
  it('compute from what DynamoDB holds exactly what the seed computes', async () => {
    const { body: performance } = await get('/api/agencies/dinsos-hss/years/2019/performance');
    expect(performance).toEqual(
      buildPerformanceTable({ agreement: agreement2019Perubahan, parts: parts2019 }),
    );
    const { body: budget } = await get('/api/agencies/dinsos-hss/years/2019/budget');
    expect(budget).toEqual(buildBudgetTable({ agreement: agreement2019Perubahan, parts: parts2019 }));
  });

  it('get the report right where it is right and correct its slips', async () => {
    const { body: budget } = await get('/api/agencies/dinsos-hss/years/2019/budget');
    // Right in the report: pagu, realisasi, 95,14 %, sisa 775.217.192.
    expect(budget.total).toMatchObject({
      allocation: 15_959_915_800,
      realised: 15_184_698_608,
      remainder: 775_217_192,
    });
    expect(roundHalfUp(budget.total.absorption)).toBe(95.14);
    // A slip: the report types sisa 507.000 for 99.867.800 − 89.417.800.
    const office = budget.programs
      .flatMap((p: { activities: unknown[] }) => p.activities)
      .find(
        (a: { name: string }) =>
          /peralatan dan perlengkapan kantor/i.test(a.name) && /penyediaan/i.test(a.name),
      );
    expect(office).toMatchObject({ allocation: 99_867_800, realised: 89_417_800, remainder: 10_450_000 });

    const { body: performance } = await get('/api/agencies/dinsos-hss/years/2019/performance');
    const miskin = performance.rows.find((row: { indicatorName: string }) =>
      /masyarakat memperoleh bantuan usaha/i.test(row.indicatorName),
    );
    // DOMAIN.md: target 130 in TW3, 120 realised in TW4 → 92,31 % to date.
    expect(roundHalfUp(miskin.toDateAchievements[3])).toBe(92.31);
  });

  it('narrow to one unit and one quarter', async () => {
    const { body } = await get(
      '/api/agencies/dinsos-hss/years/2019/performance?quarter=2&unitId=sekretariat',
    );
    expect(body.asOfQuarter).toBe(2);
    expect(body.unitId).toBe('sekretariat');
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows.every((row: { unitIds: string[] }) => row.unitIds.includes('sekretariat'))).toBe(true);
    // Figures stop at TW2: nothing after it is scored.
    expect(
      body.rows.every((row: { quarterAchievements: unknown[] }) => row.quarterAchievements[2] === null),
    ).toBe(true);
    expect((await get('/api/agencies/dinsos-hss/years/2019/performance?quarter=5')).status).toBe(400);
    expect((await get('/api/agencies/dinsos-hss/years/2019/performance?unitId=nope')).status).toBe(404);
    expect((await get('/api/agencies/dinsos-hss/years/2018/performance')).status).toBe(404);
  });
});
