import { describe, expect, it } from 'vitest';
import { putSummaryIfNewer } from '../functions/db/agency-summaries.js';
import { documents } from '../functions/db/client.js';
import { openYear } from '../functions/local/seed-demo.js';
import { drainOutbox } from '../functions/outbox/drain-outbox.js';
import { outboxHandlers } from '../functions/outbox-handlers.js';
import { refreshAgencySummary } from '../functions/region/agency-summaries.js';
import type { TAgencySummary } from '../shared/model/agency-summary.js';
import { clientAs, expectError, expectStatus } from './support/api-client.js';
import { completeEntry } from './support/fill-part.js';
import { withSeededStore } from './support/seeded-store.js';

withSeededStore();

// Every DynamoDB command this file's requests send, by name.
const sent: string[] = [];
documents.middlewareStack.add(
  (next, context) => async (args) => {
    sent.push(context.commandName ?? '?');
    return next(args);
  },
  { step: 'initialize', name: 'countCommands' },
);

const year = openYear();
const boardParam = { regionId: 'kab-hss', year: String(year) };
const board = (userId: string) =>
  expectStatus(clientAs(userId).regions[':regionId'].years[':year'].board.$get({ param: boardParam }), 200);
const yearParam = { agencyId: 'dinsos-hss', year: String(year) };
const partParam = { ...yearParam, quarter: '1', unitId: 'sekretariat' };
const partApi = (userId: string) =>
  clientAs(userId).agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'];
const q1Of = async () =>
  (await board('bappeda')).agencies.find((row) => row.agencyId === 'dinsos-hss')?.quarters[0];

/** Another agency of the region, summarised without any of its data: only its summary is read. */
const synthetic = (i: number, seed: TAgencySummary): TAgencySummary => ({
  ...seed,
  agencyId: `dinas-${i}`,
  name: `Dinas Uji ${i}`,
  shortName: `Uji ${i}`,
});

describe("the region's dashboard", () => {
  it('shows the seed agency from the summary made at seeding, to the Bappeda, the Inspektorat and the admin', async () => {
    for (const userId of ['bappeda', 'inspektorat', 'admin-bappeda', 'admin']) {
      const { agencies } = await board(userId);
      expect(agencies.map((row) => row.agencyId)).toEqual(['dinsos-hss']);
    }
    const q1 = await q1Of();
    expect(q1).toMatchObject({ quarter: 1, state: 'open', parts: 4, submitted: 0, late: 0 });
    expect(q1?.allocation).toBeGreaterThan(0);
  });

  it("is refused to an agency's own staff, its head and planner included", async () => {
    for (const userId of ['kepala-dinas', 'perencana', 'pengamat'])
      await expectError(
        clientAs(userId).regions[':regionId'].years[':year'].board.$get({ param: boardParam }),
        403,
      );
  });

  it('follows a transition once the outbox has run', async () => {
    const agreement = await expectStatus(
      clientAs('perencana').agencies[':agencyId'].years[':year'].agreement.$get({ param: yearParam }),
      200,
    );
    const version = agreement.versions[0]?.agreement ?? expect.fail('no agreement');
    const entry = completeEntry(version, 'sekretariat', 1);
    const saved = await expectStatus(
      partApi('sekretaris').$put({ param: partParam, json: { revision: 1, entry } }),
      200,
    );
    await expectStatus(
      partApi('sekretaris')[':transition'].$post({
        param: { ...partParam, transition: 'submit' },
        json: { revision: saved.revision },
      }),
      200,
    );
    // Nothing changes before the outbox runs: the summary is the outbox's.
    expect(await q1Of()).toMatchObject({ submitted: 0 });
    await drainOutbox(outboxHandlers);
    const q1 = await q1Of();
    expect(q1).toMatchObject({ submitted: 1, parts: 4 });
    expect(q1?.realised).toBeGreaterThan(0);
  });

  it('never goes back to an older state: a replayed event, or a summary made from an older read', async () => {
    const before = (await board('bappeda')).agencies[0] ?? expect.fail('no row');
    // The same event again (a retried stream record) describes the same state: nothing changes.
    expect(await refreshAgencySummary('dinsos-hss', year, new Date().toISOString())).toBe(false);
    // A run that read the year before the submission lost the race: its older picture is refused.
    const older = {
      ...before,
      stateVersion: before.stateVersion - 1,
      quarters: before.quarters.map((q) => ({ ...q, submitted: 0 })),
    };
    expect(await putSummaryIfNewer(older)).toBe(false);
    expect(await q1Of()).toMatchObject({ submitted: 1 });
  });

  it('reads 40 agencies in one query, as it reads one', async () => {
    const seed = (await board('bappeda')).agencies[0] ?? expect.fail('no row');
    const { quarters, late, atRisk, ...summary } = seed;
    const stored = { ...summary, quarters: quarters.map(({ overdue, ...quarter }) => quarter) };
    for (let i = 1; i < 40; i++) await putSummaryIfNewer(synthetic(i, stored));
    sent.length = 0;
    const { agencies } = await board('bappeda');
    expect(agencies).toHaveLength(40);
    // The signed-in user's partition (their record and acting duties), then the region's summaries.
    expect(sent).toEqual(['QueryCommand', 'QueryCommand']);
  });
});
