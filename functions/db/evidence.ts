import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { type TEvidence, ZEvidenceSchema } from '../../shared/model/evidence.js';
import { documents, tableName } from './client.js';
import { keys } from './keys.js';
import { queryItems } from './query.js';

/** An evidence record as an item, ready to put. */
export const evidenceItem = (evidence: TEvidence) => ({
  ...keys.evidence(evidence.agencyId, evidence.year, evidence.quarter, evidence.unitId, evidence.id),
  type: 'evidence',
  ...evidence,
});

/** The evidence files of a unit's part, oldest first. */
export async function listEvidence(
  agencyId: string,
  year: number,
  quarter: number,
  unitId: string,
): Promise<TEvidence[]> {
  const items = await queryItems({
    partition: keys.yearPartition(agencyId, year),
    beginsWith: keys.evidencePrefix(quarter, unitId),
  });
  return items
    .map((item) => ZEvidenceSchema.parse(item))
    .sort((a, b) => a.uploadedAt.localeCompare(b.uploadedAt));
}

/** One evidence record. */
export async function getEvidence(
  agencyId: string,
  year: number,
  quarter: number,
  unitId: string,
  id: string,
): Promise<TEvidence | undefined> {
  const { Item } = await documents.send(
    new GetCommand({ TableName: tableName, Key: keys.evidence(agencyId, year, quarter, unitId, id) }),
  );
  return Item ? ZEvidenceSchema.parse(Item) : undefined;
}
