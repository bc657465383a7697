import { DeleteItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { readAuditPage } from '../functions/db/audit.js';
import { dynamodb, tableName } from '../functions/db/client.js';
import { keys } from '../functions/db/keys.js';
import { scanItems, type TRawItem } from '../functions/db/table-scan.js';
import { readYearsStanding } from '../functions/db/year.js';
import { indexAgencyYears } from '../functions/migrations/agency-years-index.js';
import { handler } from '../functions/migrations/lambda.js';
import { migrations } from '../functions/migrations/run-migrations.js';
import { seedAgency } from '../shared/seed/organisation.js';
import { withSeededStore } from './support/seeded-store.js';

withSeededStore();

const schemaKey = { pk: { S: keys.schemaVersion.pk }, sk: { S: keys.schemaVersion.sk } };

async function allItems(): Promise<TRawItem[]> {
  const items: TRawItem[] = [];
  for await (const page of scanItems(dynamodb, tableName)) items.push(...page);
  return items;
}

/**
 * The table as a stage deployed before 2026-12-02 holds it: 2019's agreement versions, quarters and
 * parts without the agency's years' keys, its audit events without their timelines' (before
 * 2026-12-04), and no schema version. Returns how many of each lost their keys.
 */
async function asStoredBeforeTheIndex(): Promise<{ indexed: number; events: number }> {
  const indexed = (await allItems()).filter(
    (item) => item.pk?.S === keys.yearPartition(seedAgency.id, 2019) && item.gsi1pk,
  );
  // And the audit events without their timelines' keys.
  const events = (await allItems()).filter((item) => item.type?.S === 'audit' && item.gsi1pk);
  for (const { pk, sk } of [...indexed, ...events])
    await dynamodb.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: { pk, sk } as never,
        UpdateExpression: 'REMOVE gsi1pk, gsi1sk',
      }),
    );
  await dynamodb.send(new DeleteItemCommand({ TableName: tableName, Key: schemaKey }));
  return { indexed: indexed.length, events: events.length };
}

/** The ids on the first page of 2019's first quarter's timeline (gsi1), newest first. */
const quarterTimeline = async () =>
  (await readAuditPage({ kind: 'quarter', agencyId: seedAgency.id, year: 2019, quarter: 1 })).events.map(
    (event) => event.id,
  );

const year2019 = async () => (await readYearsStanding(seedAgency.id, 2019, 2019)).get(2019);

describe('the migrations function the deploy calls', () => {
  it("puts the items stored without them into the agency's years, records the version, then does nothing", {
    timeout: 120_000,
  }, async () => {
    const before = await year2019();
    const timeline = await quarterTimeline();
    expect(before?.quarters).toHaveLength(4);
    expect(timeline.length).toBeGreaterThan(1);
    const stripped = await asStoredBeforeTheIndex();
    expect(stripped.indexed).toBeGreaterThan(4);
    expect(stripped.events).toBeGreaterThan(timeline.length);
    expect(await year2019()).toEqual({ quarters: [], parts: [], agreements: [] });
    expect(await quarterTimeline()).toEqual([]);

    expect(await handler({}, { awsRequestId: 'deploy-1' })).toEqual({
      from: 0,
      to: 3,
      ran: [
        { name: 'agency-years-index', changed: stripped.indexed },
        { name: 'region-events-scope', changed: 0 },
        { name: 'audit-timelines-index', changed: stripped.events },
      ],
    });
    expect(await year2019()).toEqual(before);
    expect(await quarterTimeline()).toEqual(timeline);

    const migrated = await allItems();
    expect(await handler({}, { awsRequestId: 'deploy-2' })).toEqual({ from: 3, to: 3, ran: [] });
    expect(await allItems()).toEqual(migrated);
  });

  it('indexes nothing twice: a run cut short and run again changes only what it had not reached', async () => {
    const items = await allItems();
    expect(await indexAgencyYears(dynamodb, tableName)).toBe(0);
    expect(await allItems()).toEqual(items);
  });

  it('runs nothing on a table a newer version of the code migrated (a rolled-back deploy)', async () => {
    const newer = migrations.length + 1;
    await dynamodb.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: schemaKey,
        UpdateExpression: 'SET version = :newer',
        ExpressionAttributeValues: { ':newer': { N: String(newer) } },
      }),
    );
    const items = await allItems();
    expect(await handler({})).toEqual({ from: newer, to: newer, ran: [] });
    expect(await allItems()).toEqual(items);
  });
});
