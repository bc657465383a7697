import type { TUser } from '../../shared/model/organisation.js';
import type { TAgreementRecord } from '../../shared/model/records.js';
import { loadAgency } from '../agency/load-agency.js';
import { listAgreementsShown } from '../db/agreements.js';
import { versionInForce } from './agreement-in-force.js';

export type GetAgreementOptions = { user: TUser; agencyId: string; year: number };

/** The year's agreement: every version, and which one is in force. */
export async function getAgreement(
  options: GetAgreementOptions,
): Promise<{ inForce: number | null; versions: TAgreementRecord[] }> {
  await loadAgency(options.user, options.agencyId, 'agency.read');
  const versions = await listAgreementsShown(options.agencyId, options.year);
  return { inForce: versionInForce(versions)?.version ?? null, versions };
}
