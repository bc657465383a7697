import type { TRegion, TUser } from '../../shared/model/organisation.js';
import { getRegion, listRegions } from '../db/organisation.js';

/** The regions a user reads across: their own (region admin and viewers), every one (system admin), none (agency staff). */
export async function listRegionsOf(user: TUser): Promise<TRegion[]> {
  if (user.agencyId) return [];
  if (user.regionId) {
    const region = await getRegion(user.regionId);
    return region ? [region] : [];
  }
  return user.roles.includes('admin') ? listRegions() : [];
}
