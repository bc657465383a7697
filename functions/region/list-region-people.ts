import type { TActor } from '../../shared/access/policy.js';
import type { TUser } from '../../shared/model/organisation.js';
import { authorize } from '../auth/authorize.js';
import { listRegionAgencyMembers } from '../db/organisation.js';

export type ListRegionPeopleOptions = { user: TActor; regionId: string };

/**
 * The active people of every agency of the region, by agency: whom its administrator may name a
 * Plt. head from, often another office. One query of the agencies, then one per agency at once
 * (people are listed per agency: 41 small queries for a regency of 40).
 */
export async function listRegionPeople(
  options: ListRegionPeopleOptions,
): Promise<{ agencyId: string; shortName: string; users: TUser[] }[]> {
  authorize(options.user, 'agencies.manage', { regionId: options.regionId, agencyId: '' });
  return (await listRegionAgencyMembers(options.regionId)).map(({ agency, members }) => ({
    agencyId: agency.id,
    shortName: agency.shortName,
    users: members.filter((member) => !member.disabled),
  }));
}
