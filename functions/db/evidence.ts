import type { TEvidence } from '../../shared/model/evidence.js';
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
