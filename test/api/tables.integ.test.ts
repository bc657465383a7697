import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documents, tableName } from '../../functions/db/client.js';
import { partEntity } from '../../functions/db/entities.js';
import { keys } from '../../functions/db/keys.js';
import { openYear } from '../../functions/local/seed-demo.js';
import { buildBudgetTable } from '../../shared/calc/budget-table.js';
import { buildPerformanceTable } from '../../shared/calc/performance-table.js';
import { roundHalfUp } from '../../shared/calc/rounding.js';
import { buildTrends } from '../../shared/calc/trends.js';
import { agreement2019Perubahan, deriveAgreementForYear, parts2019 } from '../../shared/seed/hss-2019.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { withSeededStore } from '../support/seeded-store.js';
import { recordSentCommands } from '../support/sent-commands.js';

withSeededStore();

// Every DynamoDB command this file's requests send, by name.
const sent = recordSentCommands();

const param = { agencyId: 'dinsos-hss', year: '2019' };
const year = clientAs('pengamat').agencies[':agencyId'].years[':year'];
const performance = (query: { quarter?: string; unitId?: string } = {}, at = param) =>
  year.performance.$get({ param: at, query });

describe('the 2019 tables through the API', () => {
  it('compute from what DynamoDB holds exactly what the seed computes', async () => {
    expect(await expectStatus(performance(), 200)).toEqual(
      buildPerformanceTable({ agreement: agreement2019Perubahan, parts: parts2019 }),
    );
    expect(await expectStatus(year.budget.$get({ param, query: {} }), 200)).toEqual(
      buildBudgetTable({ agreement: agreement2019Perubahan, parts: parts2019 }),
    );
  });

  it('get the report right where it is right and correct its slips', async () => {
    const budget = await expectStatus(year.budget.$get({ param, query: {} }), 200);
    // Right in the report: pagu, realisasi, 95,14 %, sisa 775.217.192.
    expect(budget.total).toMatchObject({
      allocation: 15_959_915_800,
      realised: 15_184_698_608,
      remainder: 775_217_192,
    });
    expect(roundHalfUp(budget.total.absorption ?? Number.NaN)).toBe(95.14);
    // A slip: the report types sisa 507.000 for 99.867.800 − 89.417.800.
    const office = budget.programs
      .flatMap((p) => p.activities)
      .find((a) => /peralatan dan perlengkapan kantor/i.test(a.name) && /penyediaan/i.test(a.name));
    expect(office).toMatchObject({ allocation: 99_867_800, realised: 89_417_800, remainder: 10_450_000 });

    const table = await expectStatus(performance(), 200);
    const miskin = table.rows.find((row) => /masyarakat memperoleh bantuan usaha/i.test(row.indicatorName));
    // DOMAIN.md: target 130 in TW3, 120 realised in TW4 → 92,31 % to date.
    expect(roundHalfUp(miskin?.toDateAchievements[3] ?? Number.NaN)).toBe(92.31);
    // The main IKU's year reads from its reported parts, 10.249 / 16.982, not the quarters' 60,29 %.
    const iku = table.rows.find((row) => row.indicatorId === 'persentase-pmks-mandiri');
    expect(iku).toMatchObject({ yearParts: { numerator: 10_249, denominator: 16_982 } });
    expect(roundHalfUp(iku?.yearRealisation ?? Number.NaN)).toBe(60.35);
    expect(roundHalfUp(iku?.yearFromQuarters ?? Number.NaN)).toBe(60.29);
    expect(roundHalfUp(iku?.yearAchievement ?? Number.NaN)).toBe(91.8);
  });

  it('narrow to one unit and one quarter', async () => {
    const body = await expectStatus(performance({ quarter: '2', unitId: 'sekretariat' }), 200);
    expect(body.asOfQuarter).toBe(2);
    expect(body.unitId).toBe('sekretariat');
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows.every((row) => row.unitIds.includes('sekretariat'))).toBe(true);
    // Figures stop at TW2: nothing after it is scored.
    expect(body.rows.every((row) => row.quarterAchievements[2] === null)).toBe(true);
    await expectError(performance({ quarter: '5' }), 400);
    await expectError(performance({ unitId: 'nope' }), 404);
    await expectError(performance({}, { ...param, year: '2018' }), 404);
  });
});

describe('the trends through the API', () => {
  const trends = (y: number) => year.trends.$get({ param: { ...param, year: String(y) } });

  it('set the open year beside 2019, the one past year that exists, from what DynamoDB holds', async () => {
    const open = openYear();
    const body = await expectStatus(trends(open), 200);
    expect(body.pastYears).toEqual([2019]);
    expect(body).toEqual(
      buildTrends({ agreement: deriveAgreementForYear(open), parts: [] }, [
        { agreement: agreement2019Perubahan, parts: parts2019 },
      ]),
    );
  });

  it('read 2019 alone (nothing signed before it) and no year without a signed agreement', async () => {
    const body = await expectStatus(trends(2019), 200);
    expect(body.pastYears).toEqual([]);
    expect(roundHalfUp(body.budget[3]?.absorption ?? Number.NaN)).toBe(95.14);
    await expectError(trends(2018), 404);
  });
});

describe('the pages of figures', () => {
  it("read in two calls, the user's and the years', once the versions in force are kept", async () => {
    const pages: (() => Promise<Response>)[] = [
      () => performance(),
      () => year.budget.$get({ param, query: {} }),
      () => year.dashboard.$get({ param, query: {} }),
      () => year.trends.$get({ param: { ...param, year: String(openYear()) } }),
    ];
    for (const page of pages) {
      expect((await page()).status).toBe(200);
      sent.length = 0;
      expect((await page()).status).toBe(200);
      expect(sent).toEqual(['QueryCommand', 'QueryCommand']);
    }
  });

  it('show a part written anew in DynamoDB at once: kept figures are those of the items read', async () => {
    const trends = () => year.trends.$get({ param: { ...param, year: String(openYear()) } });
    await expectStatus(performance(), 200);
    await expectStatus(trends(), 200);
    const key = keys.part('dinsos-hss', 2019, 1, 'sekretariat');
    const { Item: stored } = await documents.send(new GetCommand({ TableName: tableName, Key: key }));
    const { content } = partEntity.parse(stored);
    const realisations = content.realisations.map((r, i) =>
      i === 0 ? { ...r, value: (r.value ?? 0) + 1 } : r,
    );
    const changed = { ...content, realisations };
    const parts = parts2019.map((part) =>
      part.quarter === 1 && part.unitId === 'sekretariat' ? changed : part,
    );
    // Every write counts the revision up (db/commit.ts): by it the pages tell a new version.
    const written = { ...stored, content: changed, revision: Number(stored?.revision) + 1 };
    try {
      await documents.send(new PutCommand({ TableName: tableName, Item: written }));
      expect(await expectStatus(performance(), 200)).toEqual(
        buildPerformanceTable({ agreement: agreement2019Perubahan, parts }),
      );
      expect(await expectStatus(trends(), 200)).toEqual(
        buildTrends({ agreement: deriveAgreementForYear(openYear()), parts: [] }, [
          { agreement: agreement2019Perubahan, parts },
        ]),
      );
    } finally {
      await documents.send(new PutCommand({ TableName: tableName, Item: stored }));
    }
    expect(await expectStatus(performance(), 200)).toEqual(
      buildPerformanceTable({ agreement: agreement2019Perubahan, parts: parts2019 }),
    );
  });
});
