import type { TActor } from '../../shared/access/policy.js';
import { appointablePerson, type TAppointablePerson } from '../../shared/model/acting.js';
import { authorize } from '../auth/authorize.js';
import { listRegionAgencyMembers } from '../db/organisation.js';

export type ListRegionPeopleOptions = { user: TActor; regionId: string };

/**
 * The active people of every agency of the region, by agency: whom its administrator may name a
 * Plt. head from, often another office. One query of the agencies, then one per agency at once
 * (people are listed per agency: 41 small queries for a regency of 40). Some 1.200 people for a
 * regency, each only as the appointment form lists them: no e-mail, preferences or sign-in.
 */
export async function listRegionPeople(
  options: ListRegionPeopleOptions,
): Promise<{ agencyId: string; shortName: string; users: TAppointablePerson[] }[]> {
  authorize(options.user, 'agencies.manage', { regionId: options.regionId, agencyId: '' });
  return (await listRegionAgencyMembers(options.regionId)).map(({ agency, members }) => ({
    agencyId: agency.id,
    shortName: agency.shortName,
    users: members.filter((member) => !member.disabled).map(appointablePerson),
  }));
}
