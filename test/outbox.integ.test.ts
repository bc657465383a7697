import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { config } from '../functions/config.js';
import { listPendingOutboxEvents } from '../functions/db/outbox.js';
import { openYear } from '../functions/local/seed-demo.js';
import { drainOutbox } from '../functions/outbox/drain-outbox.js';
import { onOutboxEvent } from '../functions/outbox/handlers.js';
import { processOutboxEvent } from '../functions/outbox/process-outbox-event.js';
import { callAs } from './support/api-client.js';
import { completeEntry } from './support/fill-part.js';
import { withSeededStore } from './support/seeded-store.js';

withSeededStore();
const outbox = config.MAIL_OUTBOX_DIR ?? '';
afterAll(() => rmSync(outbox, { recursive: true, force: true }));

const year = openYear();
const partPath = `/api/agencies/dinsos-hss/years/${year}/quarters/1/parts/sekretariat`;
const sent = () =>
  readdirSync(outbox)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(outbox, name), 'utf8')));

describe('the outbox', () => {
  it('sends the workflow emails after the commit, once per event and recipient, and retries a failure', async () => {
    const { body: agreement } = await callAs(
      'pengamat',
      'GET',
      `/api/agencies/dinsos-hss/years/${year}/agreement`,
    );
    const entry = completeEntry(agreement.versions[0].agreement, 'sekretariat', 1);
    const saved = await callAs('sekretaris', 'PUT', partPath, { revision: 1, entry });
    const submitted = await callAs('sekretaris', 'POST', `${partPath}/submit`, {
      revision: saved.body.revision,
    });
    expect(submitted.status).toBe(200);

    // Nothing is sent by the request itself: the event waits in the outbox.
    expect(() => sent()).toThrow();
    const [pending] = await listPendingOutboxEvents();
    expect(pending).toMatchObject({ kind: 'part.submit', payload: { quarter: 1, unitId: 'sekretariat' } });

    expect(await drainOutbox()).toEqual({ processed: 1, failed: 0 });
    const emails = sent();
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      to: ['verifikator@dinsos-hss.example'],
      subject: expect.stringContaining('Triwulan I'),
    });
    const text = readdirSync(outbox).find((name) => name.endsWith('.txt')) ?? '';
    expect(readFileSync(join(outbox, text), 'utf8')).toContain('Sekretariat');

    // A second drain, or the same event again (a retried stream record), sends nothing more.
    expect(await drainOutbox()).toEqual({ processed: 0, failed: 0 });
    expect(await processOutboxEvent(pending ?? expect.fail('no event'))).toBe('already-processed');
    expect(sent()).toHaveLength(1);

    // A handler that fails leaves its event pending, recorded; the next drain completes it.
    let failures = 1;
    onOutboxEvent('part.withdraw', async () => {
      if (failures-- > 0) throw new Error('SES throttled');
    });
    await callAs('sekretaris', 'POST', `${partPath}/withdraw`, { revision: submitted.body.revision });
    expect(await drainOutbox()).toEqual({ processed: 0, failed: 1 });
    expect((await listPendingOutboxEvents()).map((event) => event.kind)).toEqual(['part.withdraw']);
    expect(await drainOutbox()).toEqual({ processed: 1, failed: 0 });
    expect(await listPendingOutboxEvents()).toEqual([]);
  });
});
