import type { TAction, TActor } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { apiMessages } from '../../shared/messages/api.js';
import type { TActingCapacity } from '../../shared/model/acting.js';
import { authorize } from '../auth/authorize.js';
import { getAgencyWithUnits, type TAgencyRecord } from '../db/organisation.js';
import { ttlCache } from '../ttl-cache.js';

/** The agency, and the acting capacity (Plt./Plh.) the user takes the action in, if any. */
export type TAgencyWithUnits = TAgencyRecord & { acting?: TActingCapacity };

// Units and agencies change a few times a year; a minute's staleness saves a read per request.
const agencies = ttlCache(60_000, getAgencyWithUnits);

/** Loads an agency with its units and checks that the user may do `action` there (optionally on one unit). */
export async function loadAgency(
  user: TActor,
  agencyId: string,
  action: TAction,
  unitId?: string,
): Promise<TAgencyWithUnits> {
  const found = await agencies.get(agencyId);
  if (!found) throw new AppError('NOT_FOUND', t(apiMessages).agencyNotFound(agencyId));
  const acting = authorize(user, action, { regionId: found.agency.regionId, agencyId, unitId });
  return { ...found, acting };
}

/** An agency as this process keeps it (read at most once a minute), with no access check: to name it. */
export const cachedAgency = (agencyId: string): Promise<TAgencyRecord | undefined> => agencies.get(agencyId);

/** Makes the next load of the agency read the store (after this process changed it). */
export const forgetAgency = (agencyId: string): void => {
  agencies.forget(agencyId);
};
