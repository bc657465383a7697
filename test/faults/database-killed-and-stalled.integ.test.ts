import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// A DynamoDB Local of this file's own, on disk so that a killed one comes back with its data; set
// before the app is imported, which reads its configuration at load. Calls get AWS's few seconds.
const database = await vi.hoisted(async () => {
  const { startDynamoDbLocal } = await import('../../functions/local/dynamodb-local.js');
  const { freePort } = await import('../../functions/local/ports.js');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const options = { port: await freePort(), dbPath: mkdtempSync(join(tmpdir(), 'capaian-fault-db-')) };
  let local = await startDynamoDbLocal(options);
  process.env.DYNAMODB_ENDPOINT = local.endpoint;
  process.env.AWS_REQUEST_TIMEOUT_MS = '3000';
  return {
    options,
    java: () => local.process,
    /** Starts it again on its data, and waits until it answers (a fresh Java is slow at first). */
    restart: async () => {
      local = await startDynamoDbLocal(options);
    },
    stop: () => local.stop(),
  };
});

import { dynamodb } from '../../functions/db/client.js';
import { createTableIfMissing, describeTable } from '../../functions/db/table.js';
import { openYear, seedDemoDataIfEmpty } from '../../functions/local/seed-demo.js';
import { drainOutbox } from '../../functions/outbox/drain-outbox.js';
import { outboxHandlers } from '../../functions/outbox-handlers.js';
import { createBucketsIfMissing } from '../../functions/s3/buckets.js';
import { clientAs, expectStatus } from '../support/api-client.js';
import { completeEntry } from '../support/fill-part.js';
import { emptyMailOutbox, sentEmails } from '../support/mail-outbox.js';
import { expectStoreAgrees } from './store-agreement.js';

beforeAll(async () => {
  await Promise.all([createTableIfMissing(), createBucketsIfMissing()]);
  await seedDemoDataIfEmpty();
});
afterAll(async () => {
  database.java().kill('SIGCONT');
  await database.stop();
  rmSync(database.options.dbPath, { recursive: true, force: true });
  emptyMailOutbox();
});

/**
 * The database stops (SIGSTOP) the moment the next transaction (a workflow step's commit) is sent:
 * the request is on its way and nothing answers it. `strike` hits while it is in flight.
 */
let atNextCommit: { strike?: () => void } | undefined;
dynamodb.middlewareStack.add(
  (next) => async (args) => {
    const fault = atNextCommit;
    if (fault && typeof args.input === 'object' && args.input !== null && 'TransactItems' in args.input) {
      atNextCommit = undefined;
      database.java().kill('SIGSTOP');
      const answer = next(args);
      if (fault.strike) setImmediate(fault.strike);
      return answer;
    }
    return next(args);
  },
  { step: 'finalizeRequest', name: 'faultAtCommit' },
);

const year = String(openYear());
const yearApi = (userId: string) => clientAs(userId).agencies[':agencyId'].years[':year'];

/** Saves a complete entry for the unit's Q1 and returns its submission (not yet awaited). */
async function saveThenSubmit(userId: string, unitId: string) {
  const param = { agencyId: 'dinsos-hss', year, quarter: '1', unitId };
  const agreement = await expectStatus(yearApi(userId).agreement.$get({ param }), 200);
  const version = agreement.version?.agreement ?? expect.fail('no agreement');
  const part = yearApi(userId).quarters[':quarter'].parts[':unitId'];
  const saved = await expectStatus(
    part.$put({ param, json: { revision: 1, entry: completeEntry(version, unitId, 1) } }),
    200,
  );
  return () =>
    part[':transition'].$post({
      param: { ...param, transition: 'submit' },
      json: { revision: saved.revision },
    });
}

/** Waits until the restarted database answers a read within the calls' few seconds. */
async function answering() {
  for (let tries = 0; ; tries++) {
    try {
      return await describeTable();
    } catch (error) {
      if (tries > 20) throw error;
    }
  }
}

/** Every pending event run to the end (past any lease or back-off a fault left). */
async function drainAll() {
  const later = new Date(Date.now() + 60 * 60_000).toISOString();
  await drainOutbox(outboxHandlers, { clock: { now: () => later, newId: () => 'unused' } });
}

/**
 * Drains and checks until the store agrees twice, a second apart: a resumed DynamoDB may still
 * take a commit it was sent while stopped, a moment later (no time is asserted, only the end).
 */
async function expectSettledAgreement() {
  let agreed = 0;
  for (const deadline = Date.now() + 30_000; agreed < 2; ) {
    await drainAll();
    try {
      await expectStoreAgrees();
      agreed++;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      agreed = 0;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

describe('the database stalled in the middle of a commit', () => {
  it('answers 503 in seconds, never 500; afterwards state, audit, outbox and emails agree', async () => {
    const submit = await saveThenSubmit('sekretaris', 'sekretariat');
    atNextCommit = {};
    const started = performance.now();
    const answer = await submit();
    const seconds = (performance.now() - started) / 1000;
    const { status }: { status: number } = answer;
    expect(status).toBe(503);
    expect(seconds).toBeLessThan(20);
    // Running again, DynamoDB may still take the commit it was sent: the submission is then whole,
    // or else absent, never half.
    database.java().kill('SIGCONT');
    await expectSettledAgreement();
    expect(sentEmails().length).toBeGreaterThan(0);
  });
});

describe('the database killed in the middle of a commit', () => {
  it('answers 503 at once; restarted, the store agrees and the step can be taken again', async () => {
    const submit = await saveThenSubmit('kabid-pemberdayaan', 'pemberdayaan-sosial');
    atNextCommit = { strike: () => database.java().kill('SIGKILL') };
    const answer = await submit();
    expect(answer.status).toBe(503);
    await database.restart();
    await answering();
    await expectStoreAgrees();
    // The division head submits again: done once, whatever the killed commit left.
    const again = await submit();
    expect([200, 409]).toContain(again.status);
    await expectSettledAgreement();
  });
});
