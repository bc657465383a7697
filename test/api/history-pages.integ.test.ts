import { beforeAll, describe, expect, it } from 'vitest';
import { putItems } from '../../functions/db/batch.js';
import { auditEntity } from '../../functions/db/entities.js';
import { boundedChanges } from '../../shared/audit/bounded-changes.js';
import { agreementValueChanges } from '../../shared/model/agreement-changes.js';
import type { TAuditEvent, TAuditSubject } from '../../shared/model/audit.js';
import { storedBytes } from '../../shared/model/stored-size.js';
import { seedRegion, seedUnits } from '../../shared/seed/organisation.js';
import { clientAs, expectError } from '../support/api-client.js';
import { lambdaAnswer, lambdaAnswerBytes } from '../support/lambda-answer.js';
import { largeAgreement, regionLargestShape } from '../support/large-agreement.js';
import { withSeededStore } from '../support/seeded-store.js';
import { recordSentCommands } from '../support/sent-commands.js';

withSeededStore();

const sent = recordSentCommands();

const agencyId = 'dinsos-hss';
const regionId = seedRegion.id;
const year = 2017;
const unitIds = Object.values(seedUnits).map((unit) => unit.id);
const [unitId = 'sekretariat', otherUnitId = 'sekretariat'] = unitIds;

// A region's largest agreement replaced whole by another: the changes an event keeps (200 KB).
const changes = boundedChanges(
  agreementValueChanges(
    largeAgreement({ ...regionLargestShape, tag: 'a' }, unitIds),
    largeAgreement({ ...regionLargestShape, tag: 'b' }, unitIds),
  ),
);

/** The n-th of a record's events (a minute apart, in the order made), its subject and scope given. */
function event(n: number, subject: TAuditSubject, region = false): TAuditEvent {
  const at = new Date(Date.UTC(year, 2, 1) + n * 60_000).toISOString();
  const shape = { id: `e-${String(n).padStart(4, '0')}`, year, subject, action: 'saveDraft', at };
  const actor = { actorId: 'perencana', actorName: 'Perencana', ...changes };
  return region
    ? { ...shape, ...actor, scope: 'region', regionId }
    : { ...shape, ...actor, scope: 'agency', agencyId };
}

// Each record's events, one after another in time; a quarter's own and its parts' interleaved, the
// agency's settings and its retries too: key order is not time order there.
const many = (from: number, count: number, subject: (i: number) => TAuditSubject, region = false) =>
  Array.from({ length: count }, (_, i) => event(from + i, subject(i), region));
const agreement = many(0, 32, () => ({ kind: 'agreement', version: 1 }));
const quarter = many(100, 34, (i) =>
  i % 3 === 0
    ? { kind: 'quarter', quarter: 1 }
    : { kind: 'part', quarter: 1, unitId: i % 3 === 1 ? unitId : otherUnitId },
);
const own = many(200, 32, (i) => (i % 2 ? { kind: 'settings' } : { kind: 'outbox', eventId: `ev-${i}` }));
const region = many(
  300,
  32,
  (i) => (i % 2 ? { kind: 'calendar' } : { kind: 'regionReports', quarter: 2 }),
  true,
);
// Another quarter's events, and another version's: on none of the pages read here.
const elsewhere = [
  event(400, { kind: 'quarter', quarter: 2 }),
  event(401, { kind: 'agreement', version: 2 }),
];

beforeAll(async () => {
  await putItems([...agreement, ...quarter, ...own, ...region, ...elsewhere].map((e) => auditEntity.item(e)));
});

const base = `/api/agencies/${agencyId}/years/${year}`;
const timelines = [
  { name: "an agreement version's", path: `${base}/agreement/versions/1/audit`, events: agreement },
  { name: "a quarter's, its parts' included", path: `${base}/quarters/1/audit`, events: quarter },
  {
    name: "a part's",
    path: `${base}/quarters/1/parts/${unitId}/audit`,
    events: quarter.filter((e) => e.subject.kind === 'part' && e.subject.unitId === unitId),
  },
  { name: "the agency's own (settings and retries)", path: `${base}/settings/audit`, events: own },
  {
    name: "the region's own",
    path: `/api/regions/${regionId}/years/${year}/audit`,
    events: region,
    userId: 'inspektorat',
  },
];

const ZPage = (body: unknown) => body as { events: TAuditEvent[]; nextCursor?: string };

describe('a timeline of many large events', () => {
  it('would pass 6 MB read whole: the events are real-sized', () => {
    expect(storedBytes(changes.changes)).toBeGreaterThan(190 * 1024);
    expect(storedBytes(quarter)).toBeGreaterThan(lambdaAnswerBytes);
  });

  it.each(timelines)(
    'answers $name newest first, a page well inside 6 MB at a time, to the end',
    async (timeline) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const path = cursor ? `${timeline.path}?cursor=${cursor}` : timeline.path;
        const before = sent.length;
        const answer = await lambdaAnswer(path, timeline.userId);
        expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(200);
        // About 1 MB and one event more at most; 50 events at most.
        expect(answer.bytes).toBeLessThan(1.5 * 1024 * 1024);
        const page = ZPage(answer.body);
        expect(page.events.length).toBeLessThanOrEqual(50);
        // The signed-in user's record and the page's one query (the first page may also read the agency).
        if (pages > 0) expect(sent.length - before).toBeLessThanOrEqual(2);
        ids.push(...page.events.map((e) => e.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 100);
      expect(ids).toEqual(timeline.events.map((e) => e.id).reverse());
      expect(pages).toBeGreaterThan(1);
    },
  );
});

describe('a page asked for with a cursor it did not hand out', () => {
  const quarterApi = () => clientAs('pengamat').agencies[':agencyId'].years[':year'].quarters[':quarter'];
  const param = { agencyId, year: String(year), quarter: '1' };

  it('is a 400 naming the cursor, in either language, for one that is not a cursor at all', async () => {
    const encoded = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const cursors = ['not a cursor', 'bm90IGpzb24', encoded([1, 2]), encoded({ pk: '', sk: '' })];
    for (const cursor of cursors) {
      const error = await expectError(quarterApi().audit.$get({ param, query: { cursor } }), 400);
      expect(error.error.issues.map((issue) => issue.path)).toEqual(['cursor']);
      expect(error.error.message).toContain('cursor: penanda halaman tidak dikenali');
    }
    const english = await expectError(
      clientAs('pengamat', { lang: 'en' }).agencies[':agencyId'].years[':year'].quarters[
        ':quarter'
      ].audit.$get({
        param,
        query: { cursor: 'not a cursor' },
      }),
      400,
    );
    expect(english.error.message).toContain('cursor: page marker not recognised');
  });

  it("is a 400 naming the cursor for another timeline's, never a 500", async () => {
    const versionPage = ZPage((await lambdaAnswer(`${base}/agreement/versions/1/audit`)).body);
    const regionPage = ZPage(
      (await lambdaAnswer(`/api/regions/${regionId}/years/${year}/audit`, 'inspektorat')).body,
    );
    for (const cursor of [versionPage.nextCursor, regionPage.nextCursor]) {
      if (!cursor) return expect.fail('the first page has a next one');
      const error = await expectError(quarterApi().audit.$get({ param, query: { cursor } }), 400);
      expect(error.error.issues.map((issue) => issue.path)).toEqual(['cursor']);
    }
    const otherPart = `${base}/quarters/1/parts/${otherUnitId}/audit`;
    const partPage = ZPage((await lambdaAnswer(`${base}/quarters/1/parts/${unitId}/audit`)).body);
    expect((await lambdaAnswer(`${otherPart}?cursor=${partPage.nextCursor}`)).status).toBe(400);
  });
});
