import type { TAgency, TUser } from '../../shared/model/organisation.js';
import { getAgencyWithUnits, listRegionAgencies, listRegions } from '../db/organisation.js';

/** The agencies a user may read: their own (agency staff), their region's (region-wide viewers), or all (admin). */
export async function listAgencies(user: TUser): Promise<TAgency[]> {
  if (user.roles.includes('admin')) {
    const regions = await listRegions();
    return (await Promise.all(regions.map((region) => listRegionAgencies(region.id)))).flat();
  }
  if (user.agencyId) {
    const own = await getAgencyWithUnits(user.agencyId);
    return own ? [own.agency] : [];
  }
  return user.regionId ? listRegionAgencies(user.regionId) : [];
}
