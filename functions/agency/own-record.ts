import type { TAgency, TRegion, TUser } from '../../shared/model/organisation.js';
import { getRegion } from '../db/organisation.js';
import { loadAgency } from './load-agency.js';

/**
 * Whose record a person's own steps (their first sign-in, their choices) go on: their agency's for
 * its staff, their region's for the region's people (Bappeda, Inspektorat); none for a system admin.
 */
export async function ownRecord(user: TUser): Promise<{ agency: TAgency } | { region: TRegion } | undefined> {
  if (user.agencyId) return { agency: (await loadAgency(user, user.agencyId, 'agency.read')).agency };
  const region = user.regionId ? await getRegion(user.regionId) : undefined;
  return region && { region };
}
