import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { keys } from '../db/keys.js';
import type { TRawItem } from '../db/table-scan.js';
import { addIndexKeys } from './add-index-keys.js';

const yearPartition = /^AGENCY#(.+)#YEAR#(\d+)$/;
const inAgencyYearsTypes = new Set(['agreement', 'quarter', 'part']);

/**
 * The agency's-years index keys (gsi1) an agreement version, quarter or part stored before
 * 2026-12-02 lacks, from its own key (functions/db/keys.ts, `inAgencyYears`); none for any other item.
 */
export function missingAgencyYearsKeys(item: TRawItem): TRawItem | undefined {
  const [, agencyId, year] = yearPartition.exec(item.pk?.S ?? '') ?? [];
  const sk = item.sk?.S;
  if (!agencyId || !year || !sk || item.gsi1pk || !inAgencyYearsTypes.has(item.type?.S ?? ''))
    return undefined;
  const index = keys.inAgencyYears({ pk: '', sk }, agencyId, Number(year));
  return { gsi1pk: { S: index.gsi1pk }, gsi1sk: { S: index.gsi1sk } };
}

/**
 * Migration 1: puts the agreement versions, quarters and parts stored before 2026-12-02 into the
 * agency's years (gsi1), which the tasks and the trends read. Each item lacking the index keys gets
 * them and nothing else of it changes, so the app may run meanwhile. Safe to run again. Returns how
 * many items it changed.
 */
export const indexAgencyYears = (client: DynamoDBClient, table: string): Promise<number> =>
  addIndexKeys(client, table, missingAgencyYearsKeys);
