import type { TAgreementRecord } from '../../shared/model/records.js';
import { checkedOnce, versionOf } from './checked-once.js';
import { agreementEntity } from './entities.js';
import { keys } from './keys.js';
import { queryItems } from './query.js';

const yearAgreements = (agencyId: string, year: number) =>
  queryItems({ partition: keys.yearPartition(agencyId, year), beginsWith: 'AGREEMENT#' });

/** Every version of an agency's agreement for a year, oldest first. */
export async function listAgreements(agencyId: string, year: number): Promise<TAgreementRecord[]> {
  return (await yearAgreements(agencyId, year)).map(agreementEntity.parse);
}

/**
 * Agreement versions as checked, kept per process by their version (checked-once.ts): a signed
 * one is checked for good, as no step leads out of 'signed' (year.ts keeps their contents alike).
 * Checking two such versions again on every read was most of the agreement page's own CPU (issue 16).
 */
export const checkedAgreement = checkedOnce(agreementEntity.parse, { keyOf: versionOf, kept: 200 });

/**
 * Every version of the year's agreement as its page shows them, oldest first: the signed ones are
 * those kept above, shared by every request, so to be answered, never changed.
 */
export async function listAgreementsShown(agencyId: string, year: number): Promise<TAgreementRecord[]> {
  return (await yearAgreements(agencyId, year)).map((item) =>
    item.state === 'signed' ? checkedAgreement(item) : agreementEntity.parse(item),
  );
}
