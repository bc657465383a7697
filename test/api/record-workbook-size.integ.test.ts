import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putItems } from '../../functions/db/batch.js';
import { auditEntity } from '../../functions/db/entities.js';
import { workbookInProcess } from '../../functions/workbook/in-process.js';
import { setWorkbookFunction } from '../../functions/workbook/workbook-function.js';
import type { TWriteRequest } from '../../functions/workbook/workbook-requests.js';
import { boundedChanges } from '../../shared/audit/bounded-changes.js';
import { agreementValueChanges } from '../../shared/model/agreement-changes.js';
import type { TAuditEvent } from '../../shared/model/audit.js';
import { seedUnits } from '../../shared/seed/organisation.js';
import { clientAs, expectStatus } from '../support/api-client.js';
import { downloaded } from '../support/entry-sheet-workbook.js';
import { largeAgreement, regionLargestShape } from '../support/large-agreement.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

/** Lambda's most for a synchronous invoke's request: the JSON it is sent as, 6 MB. */
const invokeRequestBytes = 6 * 1024 * 1024;

const agencyId = 'dinsos-hss';
const year = 2017;
const unitIds = Object.values(seedUnits).map((unit) => unit.id);

// A region's largest agreement replaced whole by another, 30 times over: each event keeps 200 KB of
// changes, and the year's record names every value changed on a row of its own.
const changes = boundedChanges(
  agreementValueChanges(
    largeAgreement({ ...regionLargestShape, tag: 'a' }, unitIds),
    largeAgreement({ ...regionLargestShape, tag: 'b' }, unitIds),
  ),
);
const events: TAuditEvent[] = Array.from({ length: 30 }, (_, n) => ({
  id: `e-${String(n).padStart(4, '0')}`,
  year,
  scope: 'agency',
  agencyId,
  subject: { kind: 'agreement', version: 1 },
  action: 'saveDraft',
  at: new Date(Date.UTC(year, 2, 1) + n * 60_000).toISOString(),
  actorId: 'perencana',
  actorName: 'Perencana',
  ...changes,
}));

// The write requests as the API's invoke sends them: their JSON, which is the invoke's payload.
const payloads: string[] = [];
beforeAll(async () => {
  await putItems(events.map((event) => auditEntity.item(event)));
  setWorkbookFunction({
    ...workbookInProcess,
    write: async (request: TWriteRequest) => {
      payloads.push(JSON.stringify(request));
      await workbookInProcess.write(request);
    },
  });
});
afterAll(() => setWorkbookFunction(workbookInProcess));

describe("a year's record of 30 large agreement saves as a workbook", () => {
  it('is asked of the workbook function in a request well inside the 6 MB an invoke carries, and written whole', async () => {
    const { url } = await expectStatus(
      clientAs('inspektorat', { lang: 'en' }).agencies[':agencyId'].years[':year'].audit.workbook.$get({
        param: { agencyId, year: String(year) },
      }),
      200,
    );
    expect(payloads).toHaveLength(1);
    expect(Buffer.byteLength(payloads[0] ?? '')).toBeLessThan(invokeRequestBytes);
    // The sheets go through the bucket: the request names their key and the workbook's, nothing more.
    expect(JSON.parse(payloads[0] ?? '')).toEqual({
      kind: 'write',
      objectKey: expect.stringMatching(/^uploads\/dinsos-hss\/inspektorat\/downloads\/[^/]+\.xlsx$/),
      sheetsKey: expect.stringMatching(/^sheet-models\/uploads\/dinsos-hss\/inspektorat\/downloads\//),
    });
    const sheet = (await downloaded(url)).getWorksheet(`Record ${year}`) ?? expect.fail('no sheet');
    // A header and a row per value changed of every event (and of the demo data's events that year).
    expect(sheet.actualRowCount).toBeGreaterThan(events.length * changes.changes.length);
  });
});
