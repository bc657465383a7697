import type { TAgreementRecord, TPartRecord, TQuarterRecord } from '../../shared/model/records.js';
import { agreementEntity, partEntity, quarterEntity } from './entities.js';
import { keys } from './keys.js';
import { queryItems } from './query.js';

export type TYear = { agreements: TAgreementRecord[]; quarters: TQuarterRecord[]; parts: TPartRecord[] };

/**
 * Everything of an agency's year — agreement versions, quarters, parts — in one paginated query;
 * `consistent` reads every write made so far.
 */
export async function readYear(
  agencyId: string,
  year: number,
  options: { consistent?: boolean } = {},
): Promise<TYear> {
  const found: TYear = { agreements: [], quarters: [], parts: [] };
  const partition = keys.yearPartition(agencyId, year);
  for (const item of await queryItems({ partition, consistent: options.consistent })) {
    if (agreementEntity.is(item)) found.agreements.push(agreementEntity.parse(item));
    else if (quarterEntity.is(item)) found.quarters.push(quarterEntity.parse(item));
    else if (partEntity.is(item)) found.parts.push(partEntity.parse(item));
  }
  return found;
}
