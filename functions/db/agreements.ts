import type { TAgreementRecord } from '../../shared/model/records.js';
import { agreementEntity } from './entities.js';
import { keys } from './keys.js';
import { queryItems } from './query.js';

/** Every version of an agency's agreement for a year, oldest first. */
export async function listAgreements(agencyId: string, year: number): Promise<TAgreementRecord[]> {
  const items = await queryItems({ partition: keys.yearPartition(agencyId, year), beginsWith: 'AGREEMENT#' });
  return items.map(agreementEntity.parse);
}
