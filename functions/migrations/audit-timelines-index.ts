import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { ZAuditEventSchema } from '../../shared/model/audit.js';
import { keys } from '../db/keys.js';
import type { TRawItem } from '../db/table-scan.js';
import { addIndexKeys } from './add-index-keys.js';

/**
 * The timeline keys (gsi1, by moment) an audit event stored before 2026-12-04 lacks, from the
 * event itself (functions/db/keys.ts, `keys.audit`); none for any other item, nor for an
 * agreement version's event (its timeline is the table's own order).
 */
export function missingTimelineKeys(item: TRawItem): TRawItem | undefined {
  if (item.type?.S !== 'audit' || item.gsi1pk) return undefined;
  const event = ZAuditEventSchema.safeParse(unmarshall(item));
  if (!event.success) return undefined;
  const { gsi1pk, gsi1sk } = keys.audit(event.data);
  return gsi1pk && gsi1sk ? { gsi1pk: { S: gsi1pk }, gsi1sk: { S: gsi1sk } } : undefined;
}

/**
 * Migration 3: puts the audit events stored before 2026-12-04 on their timelines in gsi1 (a
 * quarter's, the agency's own record, the region's), which History reads a page at a time, newest
 * first. Each event lacking the keys gets them and nothing else of it changes. Safe to run again.
 * Returns how many events it changed.
 */
export const indexAuditTimelines = (client: DynamoDBClient, table: string): Promise<number> =>
  addIndexKeys(client, table, missingTimelineKeys);
