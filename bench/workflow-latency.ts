import { putItems } from '../functions/db/batch.js';
import {
  agencyEntity,
  agreementEntity,
  partEntity,
  quarterEntity,
  unitEntity,
  userEntity,
} from '../functions/db/entities.js';
import { nationalCalendar, quarterDueAt } from '../shared/calendar/quarter-deadline.js';
import type { TUser } from '../shared/model/organisation.js';
import { emptyPart } from '../shared/model/records.js';
import { deriveAgreementForYear } from '../shared/seed/hss-2019.js';
import { seedAgency } from '../shared/seed/organisation.js';
import type { TAppUnderTest } from './app-under-test.js';
import { tokenFor } from './app-under-test.js';
import { type BenchRow, quantile } from './measure.js';

const users = 50;
const agencyId = 'bench-agency';
const year = 2030;
const at = '2030-01-02T09:00:00+08:00';

/** An agency of 50 units, each with its division head and a draft part of Q1 (no indicators: entry is free). */
async function seedBenchAgency(): Promise<TUser[]> {
  const unitIds = Array.from({ length: users }, (_, i) => `unit-${i}`);
  const heads: TUser[] = unitIds.map((unitId) => ({
    id: `head-${unitId}`,
    email: `${unitId}@bench.example`,
    name: `Kepala ${unitId}`,
    roles: ['division_head'],
    agencyId,
    unitId,
    locale: 'id',
    remindersOff: false,
  }));
  const agreement = {
    ...deriveAgreementForYear(year),
    agencyId,
    objectives: [],
    programs: [],
    activities: [],
  };
  const tracked = { revision: 1, updatedAt: at, updatedBy: 'system' };
  await putItems([
    agencyEntity.item({ ...seedAgency, id: agencyId }),
    ...unitIds.map((id) => unitEntity.item({ id, agencyId, name: id, kind: 'division' })),
    ...heads.map(userEntity.item),
    agreementEntity.item({
      agencyId,
      year,
      version: 1,
      state: 'signed',
      agreement,
      effectiveFromQuarter: 1,
      ...tracked,
    }),
    quarterEntity.item({
      agencyId,
      year,
      quarter: 1,
      state: 'open',
      dueAt: quarterDueAt(year, 1, 'Asia/Makassar', nationalCalendar(year)),
      signOffCount: 0,
      ...tracked,
    }),
    ...unitIds.map((unitId) =>
      partEntity.item(emptyPart({ agencyId, year, quarter: 1, unitId, agreementVersion: 1 }, tracked)),
    ),
  ]);
  return heads;
}

/** p50/p99 of save and submit by 50 division heads at once, each on their own part, and calls per request. */
export async function benchWorkflowLatency(app: TAppUnderTest): Promise<BenchRow[]> {
  const heads = await seedBenchAgency();
  const tokens = await Promise.all(heads.map((head) => tokenFor(app, head.id)));
  const rows: BenchRow[] = [];
  const step = async (name: string, send: (i: number) => Promise<Response>) => {
    app.resetCalls();
    const latencies = await Promise.all(
      heads.map(async (_, i) => {
        const started = performance.now();
        const response = await send(i);
        if (!response.ok) throw new Error(`${name} ${i}: ${response.status} ${await response.text()}`);
        return performance.now() - started;
      }),
    );
    latencies.sort((a, b) => a - b);
    const transactions = app.calls.byCommand.get('TransactWriteItemsCommand') ?? 0;
    rows.push(
      {
        benchmark: `${name} (${users} users at once)`,
        figure: 'p50 / p99 latency',
        value: `${quantile(latencies, 0.5).toFixed(1)} / ${quantile(latencies, 0.99).toFixed(1)} ms`,
      },
      {
        benchmark: `${name} (${users} users at once)`,
        figure: 'DynamoDB calls / request',
        value: `${(transactions / users).toFixed(2)} transaction + ${((app.calls.total - transactions) / users).toFixed(2)} reads`,
        goal: '1 transaction + ≤ 1 read',
      },
      {
        benchmark: `${name} (${users} users at once)`,
        figure: 'DynamoDB write / read units per request (the cost model’s)',
        value: `${(app.calls.writeUnits / users).toFixed(1)} / ${(app.calls.readUnits / users).toFixed(1)}`,
      },
    );
  };
  const partUrl = (i: number) =>
    `${app.baseUrl}/api/agencies/${agencyId}/years/${year}/quarters/1/parts/unit-${i}`;
  const json = (i: number, method: string, body: unknown) => ({
    method,
    headers: { authorization: `Bearer ${tokens[i]}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  // Warm the per-process user and agency caches as a running Lambda container would have them.
  await Promise.all(
    heads.map((_, i) => fetch(partUrl(i), { headers: { authorization: `Bearer ${tokens[i]}` } })),
  );
  await step('PUT part (save draft)', (i) =>
    fetch(partUrl(i), json(i, 'PUT', { revision: 1, entry: { narratives: [] } })),
  );
  await step('POST part/submit', (i) => fetch(`${partUrl(i)}/submit`, json(i, 'POST', { revision: 2 })));
  return rows;
}
