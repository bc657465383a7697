import { agenciesNamedIn, unitsNamedIn } from '../../shared/audit/change-words.js';
import type { TAuditEvent, TRecordAgency } from '../../shared/model/audit.js';
import { namedPerson, type TNamedPerson } from '../../shared/model/named-person.js';
import type { TUser } from '../../shared/model/organisation.js';
import { unitNameIn } from '../../shared/model/unit-history.js';
import { getUsers, type TAgencyRecord } from '../db/organisation.js';
import { cachedAgency, loadAgency } from './load-agency.js';

export type NamePeopleOptions = { user: TUser; agencyId: string; ids: readonly string[] };

/**
 * The people the agency's record names by id (who submitted a part, who acted for whom), by name
 * and where they stand now, those who have left included: users are never deleted. Only people of
 * the agency's region (and the system's admins) are named; an id of anyone else is left out. One
 * read of the people; their agencies come from the cache every request fills.
 */
export async function namePeople(options: NamePeopleOptions): Promise<TNamedPerson[]> {
  const { agency } = await loadAgency(options.user, options.agencyId, 'agency.read');
  const ids = [...new Set(options.ids)];
  const found = new Map((await getUsers(ids)).map((person) => [person.id, person]));
  const people = ids.flatMap((id) => found.get(id) ?? []);
  const elsewhere = people.flatMap((person) =>
    person.agencyId === agency.id ? [] : (person.agencyId ?? []),
  );
  // The other agencies of the region they work in now, by short name.
  const regionAgencies = new Map(
    (await nameAgencies(elsewhere, agency.regionId)).map((other) => [other.id, other.name]),
  );
  const ofRegion = (person: TUser) =>
    person.agencyId === undefined
      ? person.regionId === undefined || person.regionId === agency.regionId
      : person.agencyId === agency.id || regionAgencies.has(person.agencyId);
  return people.filter(ofRegion).map((person) => namedPerson(person, agency.id, regionAgencies));
}

/** The agencies of the region among these ids, by short name: where the record says someone was moved. */
async function nameAgencies(
  ids: readonly string[],
  regionId: string,
): Promise<{ id: string; name: string }[]> {
  return (await regionAgencies(ids, regionId)).map(({ agency }) => ({
    id: agency.id,
    name: agency.shortName,
  }));
}

/**
 * The agencies of the region a year's record names (a person moved between them), by short name,
 * each with the units of it the record names, as they were named that year. From the agencies
 * this process keeps, as nameAgencies: no read where they are kept, one per agency where not.
 */
export async function nameRecordAgencies(
  events: readonly TAuditEvent[],
  regionId: string,
  year: number,
): Promise<TRecordAgency[]> {
  const named = events.flatMap((event) => unitsNamedIn(event.changes));
  const found = await regionAgencies(
    events.flatMap((event) => agenciesNamedIn(event.changes)),
    regionId,
  );
  return found.map(({ agency, units }) => ({
    id: agency.id,
    name: agency.shortName,
    units: units
      .filter((unit) => named.some((one) => one.agencyId === agency.id && one.unitId === unit.id))
      .map((unit) => ({ id: unit.id, name: unitNameIn(unit, year) })),
  }));
}

/** The agencies among these ids that are of the region, as this process keeps them. */
async function regionAgencies(ids: readonly string[], regionId: string): Promise<TAgencyRecord[]> {
  const found = await Promise.all([...new Set(ids)].map(cachedAgency));
  return found.flatMap((other) => (other?.agency.regionId === regionId ? [other] : []));
}
