import type { TEvidence } from '../../shared/model/evidence.js';
import { tableName } from './client.js';
import type { TItemCondition, TItemDelete } from './commit.js';
import { evidenceEntity } from './entities.js';
import { keys } from './keys.js';
import { getItem, queryItems } from './query.js';

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
  return items.map(evidenceEntity.parse).sort((a, b) => a.uploadedAt.localeCompare(b.uploadedAt));
}

/** One evidence record. */
export async function getEvidence(
  agencyId: string,
  year: number,
  quarter: number,
  unitId: string,
  id: string,
): Promise<TEvidence | undefined> {
  return getItem(evidenceEntity, keys.evidence(agencyId, year, quarter, unitId, id));
}

/** The condition that an evidence record's file has not arrived yet. */
export const notArrived: Omit<TItemCondition, 'key'> = {
  expression: 'arrived = :waiting',
  values: { ':waiting': false },
};

/**
 * The deletion of an evidence record in a change, while it is still as the user saw it: there, and
 * waiting still if it was (a record only ever goes from waiting to arrived; one stored before
 * `arrived` was kept has none and reads as arrived).
 */
export function evidenceDeletion(evidence: TEvidence): TItemDelete {
  const asSeen = evidence.arrived
    ? { ConditionExpression: 'attribute_exists(pk)' }
    : { ConditionExpression: notArrived.expression, ExpressionAttributeValues: notArrived.values };
  return {
    Delete: {
      TableName: tableName,
      Key: evidenceEntity.key(evidence),
      ...asSeen,
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}
