import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { agencySummaryItem, putSummaryIfNewer, readBoardSummary } from '../functions/db/agency-summaries.js';
import { documents, tableName } from '../functions/db/client.js';
import { openYear } from '../functions/local/seed-demo.js';
import { drainOutbox } from '../functions/outbox/drain-outbox.js';
import { outboxHandlers } from '../functions/outbox-handlers.js';
import { refreshAgencySummary } from '../functions/region/agency-summaries.js';
import { type TAgencySummary, ZAgencySummarySchema } from '../shared/model/agency-summary.js';
import { defaultStatusBands } from '../shared/model/status-band.js';
import { unpackBoard } from '../shared/region/packed-board.js';
import { apiClient, clientAs, expectError, expectStatus } from './support/api-client.js';
import { withSeededStore } from './support/seeded-store.js';
import { submitCompleteEntry } from './support/submit-part.js';

withSeededStore();

// Every DynamoDB command this file's requests send, by name, and the most sent before an answer.
const sent: string[] = [];
let waiting = 0;
let mostAtOnce = 0;
documents.middlewareStack.add(
  (next, context) => async (args) => {
    sent.push(context.commandName ?? '?');
    mostAtOnce = Math.max(mostAtOnce, ++waiting);
    try {
      return await next(args);
    } finally {
      waiting--;
    }
  },
  { step: 'initialize', name: 'countCommands' },
);

const year = openYear();
const boardParam = { regionId: 'kab-hss', year: String(year) };
const board = async (userId: string) => ({
  agencies: unpackBoard(
    await expectStatus(
      clientAs(userId).regions[':regionId'].years[':year'].board.$get({ param: boardParam }),
      200,
    ),
  ),
});
const seedSummaryKey = { pk: 'REGION#kab-hss', sk: `SUMMARY#${year}#dinsos-hss` };
/** The seed agency's summary item as the outbox stores it now. */
const storedSeedItem = async () =>
  (await documents.send(new GetCommand({ TableName: tableName, Key: seedSummaryKey }))).Item ??
  expect.fail('no summary');
/** The seed agency's summary as the outbox stores it now, read back whole. */
const refreshedSeedSummary = async () =>
  ZAgencySummarySchema.parse({ ...readBoardSummary(await storedSeedItem()), regionId: 'kab-hss', year });
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

  it('reads nothing for a request not signed in', async () => {
    const forged = apiClient(async () => ({ authorization: 'Bearer forged' }));
    sent.length = 0;
    for (const client of [apiClient(), forged])
      await expectError(client.regions[':regionId'].years[':year'].board.$get({ param: boardParam }), 401);
    expect(sent).toEqual([]);
  });

  it('follows a transition once the outbox has run', async () => {
    await submitCompleteEntry({ year, quarter: 1, unitId: 'sekretariat' });
    // Nothing changes before the outbox runs: the summary is the outbox's.
    expect(await q1Of()).toMatchObject({ submitted: 0 });
    await drainOutbox(outboxHandlers);
    const q1 = await q1Of();
    expect(q1).toMatchObject({ submitted: 1, parts: 4 });
    expect(q1?.realised).toBeGreaterThan(0);
  });

  it('never goes back to an older state: a replayed event, or a summary made from an older read', async () => {
    const before = await refreshedSeedSummary();
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

  it('checks a summary when it is stored, so that a page can read it back without checking it again', async () => {
    const before = await board('bappeda');
    const stored = await refreshedSeedSummary();
    const newer = { ...stored, stateVersion: stored.stateVersion + 1 };
    const broken = { ...newer, quarters: newer.quarters.map((q) => ({ ...q, submitted: -1 })) };
    await expect(putSummaryIfNewer(broken)).rejects.toThrow('submitted');
    await expect(putSummaryIfNewer({ ...newer, summarisedAt: 'kemarin' })).rejects.toThrow('summarisedAt');
    expect(await board('bappeda')).toEqual(before);
  });

  it('stores the figures packed in one string, and reads summaries stored before in either older way', async () => {
    const stored = await storedSeedItem();
    expect(typeof stored.packed).toBe('string');
    // Each quarter's figures without their names (shared/model/packed-board.ts).
    expect(stored.packed).not.toContain('submitted');
    expect(stored.figures).toBeUndefined();
    expect(stored.quarters).toBeUndefined();
    const band = defaultStatusBands[0] ?? expect.fail('no band');
    const named = { id: band.id, label: band.label, labelEn: band.labelEn, color: band.color };
    const seed = await refreshedSeedSummary();
    const summary = {
      ...seed,
      bands: [named],
      quarters: seed.quarters.map((q, i) => ({ ...q, ikuBands: i === 0 ? [{ id: band.id, count: 2 }] : [] })),
    };
    const { packed, ...scalars } = agencySummaryItem(summary);
    const storedAs = (agencyId: string, figures: object) => ({
      ...scalars,
      agencyId,
      sk: `SUMMARY#${year}#${agencyId}`,
      ...figures,
    });
    // As the outbox wrote it on 2026-12-02: bands and quarters as named figures in one string.
    const figures = JSON.stringify({ bands: summary.bands, quarters: summary.quarters });
    // As it wrote it before: the quarters a list, each band named in each.
    const quarters = summary.quarters.map((q) => ({
      ...q,
      ikuBands: q.ikuBands.map((b) => ({ ...named, ...b })),
    }));
    for (const item of [storedAs('dinas-figures', { figures }), storedAs('dinas-lama', { quarters })])
      await documents.send(new PutCommand({ TableName: tableName, Item: item }));
    await putSummaryIfNewer({ ...summary, agencyId: 'dinas-baru' });
    const { agencies } = await board('bappeda');
    for (const agencyId of ['dinas-baru', 'dinas-figures', 'dinas-lama']) {
      const row = agencies.find((candidate) => candidate.agencyId === agencyId) ?? expect.fail(agencyId);
      expect(row.bands).toEqual([named]);
      expect(row.quarters.map((q) => q.ikuBands)).toEqual(summary.quarters.map((q) => q.ikuBands));
      expect(
        row.quarters.map(({ dueAt, signedOffAt, overdue, ...q }) => ({ ...q, due: Date.parse(dueAt) })),
      ).toEqual(summary.quarters.map(({ dueAt, signedOffAt, ...q }) => ({ ...q, due: Date.parse(dueAt) })));
    }
  });

  it('reads 40 agencies in one query, as it reads one', async () => {
    const stored = await refreshedSeedSummary();
    // 40 with the three stored above, the old ways among them.
    for (let i = 1; i < 37; i++) await putSummaryIfNewer(synthetic(i, stored));
    await board('bappeda');
    sent.length = 0;
    mostAtOnce = 0;
    const response = await clientAs('bappeda').regions[':regionId'].years[':year'].board.$get({
      param: boardParam,
    });
    const answer = await expectStatus(response, 200);
    expect(unpackBoard(answer)).toHaveLength(40);
    // The signed-in user's partition (their record and acting duties) and the region's summaries,
    // at once: the page waits for one round trip, not two.
    expect(sent).toEqual(['QueryCommand', 'QueryCommand']);
    expect(mostAtOnce).toBe(2);
    expect(response.headers.get('server-timing')).toMatch(/^api;dur=[\d.]+, dynamodb;dur=[\d.]+;desc="2"$/);
    // What travels: each summary item read, and the answer (issue 18: 1,8 KB and 66 KB before).
    expect(JSON.stringify(await storedSeedItem()).length).toBeLessThan(700);
    expect(JSON.stringify(answer).length).toBeLessThan(25 * 1024);
  });
});
