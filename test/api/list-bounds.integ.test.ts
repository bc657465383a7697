import { afterEach, describe, expect, it, vi } from 'vitest';
import { putItems } from '../../functions/db/batch.js';
import { documents } from '../../functions/db/client.js';
import { outboxEntity, reportFileEntity } from '../../functions/db/entities.js';
import { getOutboxRecord } from '../../functions/db/outbox.js';
import { redriveOutbox } from '../../functions/outbox/redrive-outbox.js';
import type { TOutboxRecord } from '../../shared/model/outbox.js';
import type { TReportFileRecord } from '../../shared/model/report-file.js';
import { encodeCursor } from '../../shared/paging.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();
afterEach(() => vi.restoreAllMocks());

/*
 * Two lists that grow with use, measured (docs/ARCHITECTURE.md, "Lists that grow"):
 * - failed outbox events: ~1,2 KB each as listed with a last error of 1.000 characters (the most
 *   stored). An SES outage of a day in the reminder week fails each agency's events of that day
 *   (submissions, returns, sign-offs): ~10 for the seed's 4 units, ~50 for an agency of 25, some
 *   600 across a region of 40; nobody need ever retry them, so outage after outage they add up.
 *   Returned whole, 130 were one answer of 156 KB; Lambda's 6 MB is passed at ~5.200.
 * - report files: ~0,8 KB each. 53 files a year per agency (the seed), every version kept: a
 *   quarter signed off, reopened and signed again, its files made again in English, 12 versions
 *   of its 14 files listed 168 rows (140 KB) where 14 reports exist.
 * The bound chosen: a page of 50 failed events (~60 KB), and one row per report.
 */
/** The most failed events one answer holds. */
const pageBound = 50;
const agencyId = 'dinsos-hss';
const year = 2031;
const longError = `MessageRejected: ${'Throttling: Maximum sending rate exceeded. '.repeat(30)}`.slice(
  0,
  1000,
);
const outage = Date.parse('2031-04-07T00:00:00.000Z');
const failedEvent = (i: number, scopeOf: { agencyId: string } = { agencyId }): TOutboxRecord => ({
  id: `ev-${String(i).padStart(4, '0')}-${scopeOf.agencyId}`,
  kind: 'part.submit',
  ...scopeOf,
  year,
  createdAt: new Date(outage + i * 60_000).toISOString(),
  payload: { quarter: 1, unitId: 'sekretariat' },
  state: 'failed',
  attempts: 8,
  lastError: longError,
  failedAt: new Date(outage + i * 60_000 + 20 * 60_000).toISOString(),
});
const failedApi = (userId: string, lang?: 'en') =>
  clientAs(userId, { lang }).agencies[':agencyId'].outbox.failed;
const failedPage = (cursor?: string) =>
  expectStatus(failedApi('perencana').$get({ param: { agencyId }, query: { cursor } }), 200);
const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** The calls this test's list made to DynamoDB's failed-events index. */
function countFailedIndexQueries() {
  const send = vi.spyOn(documents, 'send');
  return () =>
    send.mock.calls.filter(([command]) => (command.input as { IndexName?: string }).IndexName === 'gsi2')
      .length;
}

describe('the failed outbox events after a long SES outage', () => {
  const count = 130;

  it('are listed a page at a time, the latest failure first, each page one query, every event reached once', async () => {
    await putItems(Array.from({ length: count }, (_, i) => outboxEntity.item(failedEvent(i))));
    await putItems([outboxEntity.item(failedEvent(0, { agencyId: 'dinkes-hss' }))]);

    const queries = countFailedIndexQueries();
    const first = await failedPage();
    expect(first.events.length).toBeLessThanOrEqual(pageBound);
    expect(bytesOf(first)).toBeLessThan(100 * 1024);
    expect(queries()).toBeLessThanOrEqual(2);
    expect(bytesOf(first.events[0]) / 1024).toBeGreaterThan(1);

    const seen = [...first.events];
    let cursor = first.nextCursor;
    let pages = 1;
    while (cursor) {
      const page = await failedPage(cursor);
      seen.push(...page.events);
      cursor = page.nextCursor;
      pages += 1;
    }
    expect(queries()).toBeLessThanOrEqual(2 * pages);
    expect(pages).toBe(Math.ceil(count / pageBound));
    const ids = seen.map((event) => event.id);
    expect(new Set(ids).size).toBe(count);
    expect(ids.every((id) => id.endsWith(agencyId))).toBe(true);
    const failedAts = seen.map((event) => event.failedAt ?? '');
    expect(failedAts).toEqual([...failedAts].sort().reverse());
  });

  it('refuse a cursor that is not theirs with a 400 naming `cursor`, in both languages', async () => {
    const list = (cursor: string, lang?: 'en') =>
      failedApi('perencana', lang).$get({ param: { agencyId }, query: { cursor } });
    // Not a cursor at all, a well-formed one of another agency's list (never read), and one of its
    // own list with empty key values (DynamoDB would refuse them: a 500).
    const othersKey = { pk: 'OUTBOX#x', sk: 'OUTBOX', gsi2pk: 'OUTBOX#FAILED', gsi2sk: 'dinkes-hss#2031#x' };
    const emptyKey = { pk: '', sk: '', gsi2pk: 'OUTBOX#FAILED', gsi2sk: `${agencyId}#` };
    for (const cursor of [
      '%%%',
      'bm90LWpzb24',
      encodeCursor({ pk: 'AGENCY#dinkes-hss' }),
      encodeCursor(othersKey),
      encodeCursor(emptyKey),
    ]) {
      const id = await expectError(list(cursor), 400);
      expect(id.error.issues.map((issue) => issue.path)).toEqual(['cursor']);
      expect(id.error.message).toContain('penanda halaman tidak dikenali');
      const en = await expectError(list(cursor, 'en'), 400);
      expect(en.error.message).toContain('page marker not recognised');
    }
  });

  it('are all put back by the redrive, not just the page shown', async () => {
    const result = await redriveOutbox({
      operator: { id: 'operator', name: 'ops' },
      reason: 'SES back',
      runDue: async () => ({ processed: 0, failed: 0, oldestPendingSeconds: 0 }),
    });
    expect(result.requeued.length).toBeGreaterThanOrEqual(count + 1);
    expect(await getOutboxRecord(failedEvent(count - 1).id)).toMatchObject({ state: 'pending' });
    expect((await failedPage()).events).toEqual([]);
  });
});

describe("a quarter's report files made again and again", () => {
  const reports = [
    ...(['performance', 'budget', 'e81'] as const).flatMap((kind) =>
      (['xlsx', 'pdf'] as const).flatMap((format) =>
        (['id', 'en'] as const).map((locale) => ({ kind, format, locale, unitId: null })),
      ),
    ),
    { kind: 'performance' as const, format: 'xlsx' as const, locale: 'id' as const, unitId: 'sekretariat' },
    { kind: 'performance' as const, format: 'pdf' as const, locale: 'id' as const, unitId: 'sekretariat' },
  ];
  const versions = 12;
  const file = (report: (typeof reports)[number], version: number): TReportFileRecord => {
    const name = `Q1-${report.kind}-${report.unitId ?? 'agency'}-${report.locale}-v${version}.${report.format}`;
    return {
      agencyId,
      year,
      quarter: 1,
      ...report,
      version,
      fileName: name,
      objectKey: `reports/${agencyId}/${year}/${name}`,
      contentType: 'application/octet-stream',
      size: 48_213,
      sha256: 'a'.repeat(64),
      eventId: `ev-files-${version}`,
      generatedAt: new Date(outage + version * 3_600_000).toISOString(),
      madeFrom: {
        signed: 'quarter',
        number: version,
        by: {
          name: 'Drs. H. Kepala Dinas Sosial, M.Si',
          rank: 'Pembina Utama Muda',
          nip: '196501011990031001',
        },
        at: new Date(outage + version * 3_600_000).toISOString(),
      },
    };
  };
  const yearApi = () => clientAs('pengamat').agencies[':agencyId'].years[':year'];
  const param = { agencyId, year: String(year) };

  it('are listed one row per report, the latest version, its older versions on request', async () => {
    await putItems(
      reports.flatMap((report) =>
        Array.from({ length: versions }, (_, v) => reportFileEntity.item(file(report, v + 1))),
      ),
    );

    const { files } = await expectStatus(yearApi().reports.$get({ param, query: { quarter: '1' } }), 200);
    expect(files.length).toBe(reports.length);
    expect(bytesOf(files[0]) / 1024).toBeGreaterThan(0.5);
    expect(
      files.every((listed) => listed.version === versions && listed.olderVersions === versions - 1),
    ).toBe(true);
    const whole = await expectStatus(yearApi().reports.$get({ param, query: {} }), 200);
    expect(whole.files.length).toBe(reports.length);

    const unitFile = files.find((listed) => listed.unitId === 'sekretariat' && listed.format === 'pdf');
    const older = await expectStatus(
      yearApi().reports[':fileId'].versions.$get({ param: { ...param, fileId: unitFile?.id ?? '' } }),
      200,
    );
    expect(older.files.map((listed) => listed.version)).toEqual(
      Array.from({ length: versions }, (_, v) => versions - v),
    );
    expect(
      new Set(older.files.map((listed) => `${listed.unitId}:${listed.format}:${listed.locale}`)).size,
    ).toBe(1);
    await expectError(
      yearApi().reports[':fileId'].versions.$get({ param: { ...param, fileId: 'MSM' } }),
      404,
    );
  });
});
