import { namedPerson, type TNamedPerson } from '../../shared/model/named-person.js';
import type { TUser } from '../../shared/model/organisation.js';
import { getUser, listRegionAgencies } from '../db/organisation.js';
import { loadAgency } from './load-agency.js';

export type NamePeopleOptions = { user: TUser; agencyId: string; ids: readonly string[] };

/**
 * The people the agency's record names by id (who submitted a part, who acted for whom), by name
 * and where they stand now, those who have left included: users are never deleted. Only people of
 * the agency's region (and the system's admins) are named; an id of anyone else is left out.
 */
export async function namePeople(options: NamePeopleOptions): Promise<TNamedPerson[]> {
  const { agency } = await loadAgency(options.user, options.agencyId, 'agency.read');
  const [people, agencies] = await Promise.all([
    Promise.all([...new Set(options.ids)].map(getUser)),
    listRegionAgencies(agency.regionId),
  ]);
  const regionAgencies = new Map(agencies.map((other) => [other.id, other.shortName]));
  const ofRegion = (person: TUser) =>
    person.agencyId === undefined
      ? person.regionId === undefined || person.regionId === agency.regionId
      : regionAgencies.has(person.agencyId);
  return people
    .filter((person): person is TUser => person !== undefined && ofRegion(person))
    .map((person) => namedPerson(person, agency.id, regionAgencies));
}
