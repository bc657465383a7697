import { type DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { systemClock } from '../clock.js';
import { keys } from '../db/keys.js';
import { writtenIf } from '../db/written-if.js';
import { indexAgencyYears } from './agency-years-index.js';
import { indexAuditTimelines } from './audit-timelines-index.js';
import { scopeRegionEvents } from './region-events-scope.js';

/**
 * What brings the items already stored to the key design the code reads, in order. Each runs once
 * per table, when the deploy runs the migrations function (infra/constructs/migrations.ts) or
 * `npm start` starts on a data folder, and is safe to run again: one cut short runs whole next
 * time. Append new ones; never change one that has shipped.
 */
export const migrations = [
  // 2026-12-02: agreement versions, quarters and parts also under the agency's years in gsi1.
  { version: 1, name: 'agency-years-index', run: indexAgencyYears },
  // 2026-12-03: the region's English-files requests stored before scopes become the region's own.
  { version: 2, name: 'region-events-scope', run: scopeRegionEvents },
  // 2026-12-04: audit events also on their timelines by moment in gsi1 (History's pages).
  { version: 3, name: 'audit-timelines-index', run: indexAuditTimelines },
] as const;

export type TMigrationRun = {
  /** The table's schema version before and after. */
  from: number;
  to: number;
  /** The migrations run, each with how many items it changed. */
  ran: { name: string; changed: number }[];
};

const { pk, sk } = keys.schemaVersion;
const schemaKey = { pk: { S: pk }, sk: { S: sk } };

async function schemaVersion(client: DynamoDBClient, table: string): Promise<number> {
  const { Item } = await client.send(
    new GetItemCommand({ TableName: table, Key: schemaKey, ConsistentRead: true }),
  );
  return Number(Item?.version?.N ?? 0);
}

/** Records `version` unless a later one is recorded (newer code ran first: a rollback runs nothing). */
async function recordVersion(client: DynamoDBClient, table: string, version: number, at: string) {
  await writtenIf(
    client.send(
      new PutItemCommand({
        TableName: table,
        Item: { ...schemaKey, type: { S: 'schema' }, version: { N: String(version) }, migratedAt: { S: at } },
        ConditionExpression: 'attribute_not_exists(pk) OR version < :version',
        ExpressionAttributeValues: { ':version': { N: String(version) } },
      }),
    ),
  );
}

/** Runs on `table` the migrations its schema version has not had yet, and records each as it ends. */
export async function runMigrations(client: DynamoDBClient, table: string): Promise<TMigrationRun> {
  const from = await schemaVersion(client, table);
  const ran: TMigrationRun['ran'] = [];
  let to = from;
  for (const migration of migrations.filter(({ version }) => version > from)) {
    ran.push({ name: migration.name, changed: await migration.run(client, table) });
    await recordVersion(client, table, migration.version, systemClock.now());
    to = migration.version;
  }
  return { from, to, ran };
}
