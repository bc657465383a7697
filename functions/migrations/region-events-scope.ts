import {
  type DynamoDBClient,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { keys } from '../db/keys.js';
import { scanItems, type TRawItem } from '../db/table-scan.js';
import { writtenIf } from '../db/written-if.js';

/** An item's primary key (a scanned item always has one). */
const keyOf = ({ pk, sk }: TRawItem): TRawItem => {
  if (!pk || !sk) throw new Error('an item without its key');
  return { pk, sk };
};

/** The one kind of event a region had before scopes: its files asked for in English. */
const regionEventKind = 'regionReports.regenerate';
const agencyAuditPartition = /^AGENCY#.+#YEAR#(\d+)#AUDIT$/;

/** The region of an English-files request stored without a scope (its id in `agencyId`); else undefined. */
function unscopedRegionEvent(item: TRawItem): string | undefined {
  if (item.type?.S !== 'outbox' || item.kind?.S !== regionEventKind || item.scope) return undefined;
  return item.agencyId?.S;
}

/** The region's own event an audit event stored without a scope is about (put back in line); else undefined. */
function auditedEventId(item: TRawItem): string | undefined {
  if (item.type?.S !== 'audit' || item.scope || !agencyAuditPartition.test(item.pk?.S ?? ''))
    return undefined;
  const subject = item.subject?.M;
  return subject?.kind?.S === 'outbox' ? subject.eventId?.S : undefined;
}

/** A failed event's place in the region's list (gsi2), from its place under the region's id as an agency's. */
function regionFailedKey(item: TRawItem, regionId: string): string | undefined {
  const agencyKey = item.gsi2sk?.S;
  const asAgency = keys.failedOutboxPrefix({ scope: 'agency', agencyId: regionId });
  if (!agencyKey?.startsWith(asAgency)) return undefined;
  return `${keys.failedOutboxPrefix({ scope: 'region', regionId })}${agencyKey.slice(asAgency.length)}`;
}

/** Makes a stored English-files request the region's own event (scope, regionId; its failed-list key). */
function scopeEvent(client: DynamoDBClient, table: string, item: TRawItem, regionId: string) {
  const failedKey = regionFailedKey(item, regionId);
  return writtenIf(
    client.send(
      new UpdateItemCommand({
        TableName: table,
        Key: keyOf(item),
        UpdateExpression: `SET #scope = :scope, regionId = :region${failedKey ? ', gsi2sk = :failed' : ''} REMOVE agencyId`,
        // Only while it is still stored the old way: a second run, or a write meanwhile, is left alone.
        ConditionExpression: 'attribute_not_exists(#scope) AND agencyId = :region',
        ExpressionAttributeNames: { '#scope': 'scope' },
        ExpressionAttributeValues: {
          ':scope': { S: 'region' },
          ':region': { S: regionId },
          ...(failedKey && { ':failed': { S: failedKey } }),
        },
      }),
    ),
  );
}

/** Moves an audit event stored in the agency's year under the region's id to the region's own record. */
async function moveAuditEvent(client: DynamoDBClient, table: string, item: TRawItem, regionId: string) {
  const { pk, agencyId, ...rest } = item;
  const year = Number(agencyAuditPartition.exec(pk?.S ?? '')?.[1]);
  const moved = { ...rest, pk: { S: keys.regionAuditPartition(regionId, year) }, scope: { S: 'region' } };
  try {
    await client.send(
      new TransactWriteItemsCommand({
        TransactItems: [
          {
            Put: {
              TableName: table,
              Item: { ...moved, regionId: { S: regionId } },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Delete: {
              TableName: table,
              Key: keyOf(item),
              ConditionExpression: 'attribute_exists(pk)',
            },
          },
        ],
      }),
    );
    return true;
  } catch (error) {
    // Moved meanwhile by another run: nothing left to do.
    if (error instanceof TransactionCanceledException) return false;
    throw error;
  }
}

/**
 * Migration 2: the Bappeda's requests for the region's files in English stored by the code between
 * the English files (fb59641) and the events' scopes (74bb11f), 2026-12-02, carry the region's id
 * in `agencyId` and no `scope`, so they read as an agency's that does not exist (failed, listed
 * under it). Each becomes the region's own event
 * (scope 'region', regionId, the region's failed list), and each audit event of one put back in
 * line moves from the "agency's" year to the region's record. Nothing else changes; safe to run
 * again. Returns how many items it changed.
 */
export async function scopeRegionEvents(client: DynamoDBClient, table: string): Promise<number> {
  const regionOfEvent = new Map<string, string>();
  const unscoped: [TRawItem, string][] = [];
  const audited: [TRawItem, string][] = [];
  for await (const items of scanItems(client, table)) {
    for (const item of items) {
      if (item.type?.S === 'outbox' && item.kind?.S === regionEventKind) {
        const regionId = item.regionId?.S ?? item.agencyId?.S;
        if (regionId && item.id?.S) regionOfEvent.set(item.id.S, regionId);
      }
      const regionId = unscopedRegionEvent(item);
      if (regionId) unscoped.push([item, regionId]);
      const eventId = auditedEventId(item);
      if (eventId) audited.push([item, eventId]);
    }
  }
  let changed = 0;
  for (const [item, regionId] of unscoped) if (await scopeEvent(client, table, item, regionId)) changed++;
  for (const [item, eventId] of audited) {
    const regionId = regionOfEvent.get(eventId);
    if (regionId && (await moveAuditEvent(client, table, item, regionId))) changed++;
  }
  return changed;
}
