import type { TAction } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { apiMessages } from '../../shared/messages/api.js';
import type { TAgency, TUnit, TUser } from '../../shared/model/organisation.js';
import { authorize } from '../auth/authorize.js';
import { getAgencyWithUnits, type TAgencyRecord } from '../db/organisation.js';
import { ttlCache } from '../ttl-cache.js';

export type TAgencyWithUnits = TAgencyRecord;

// Units and agencies change a few times a year; a minute's staleness saves a read per request.
const agencies = ttlCache(60_000, getAgencyWithUnits);

/** Loads an agency with its units and checks that the user may do `action` there (optionally on one unit). */
export async function loadAgency(
  user: TUser,
  agencyId: string,
  action: TAction,
  unitId?: string,
): Promise<TAgencyWithUnits> {
  const found = await agencies.get(agencyId);
  if (!found) throw new AppError('NOT_FOUND', t(apiMessages).agencyNotFound(agencyId));
  authorize(user, action, { regionId: found.agency.regionId, agencyId, unitId });
  return found;
}

/** Makes the next load of the agency read the store (after this process changed it). */
export const forgetAgency = (agencyId: string): void => {
  agencies.forget(agencyId);
};
