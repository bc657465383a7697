import type { TAgency, TRegion, TUnit, TUser } from '../../shared/model/organisation.js';
import type { TStoredSettings } from '../../shared/model/settings.js';
import { getItems } from './batch.js';
import { agencyEntity, regionEntity, settingsEntity, unitEntity, userEntity } from './entities.js';
import { keys, systemScope } from './keys.js';
import { getItem, queryItems } from './query.js';

/** Whether any region exists: an empty store gets the demo data at local start. */
export async function hasAnyRegion(): Promise<boolean> {
  return (await queryItems({ index: 'gsi1', partition: keys.regions, limit: 1 })).length > 0;
}

export type TAgencyRecord = { agency: TAgency; units: TUnit[]; settings: TStoredSettings };

/** An agency with its units and settings, in one query of the agency's partition. */
export async function getAgencyWithUnits(agencyId: string): Promise<TAgencyRecord | undefined> {
  const items = await queryItems({ partition: keys.agencyPartition(agencyId) });
  const agency = items.find(agencyEntity.is);
  if (!agency) return undefined;
  return {
    agency: agencyEntity.parse(agency),
    units: items.filter(unitEntity.is).map(unitEntity.parse),
    settings: settingsEntity.parse(items.find(settingsEntity.is) ?? { revision: 0 }),
  };
}

/** A user by id, as last written (a strongly consistent read: roles and access follow every change at once). */
export async function getUser(userId: string): Promise<TUser | undefined> {
  return getItem(userEntity, keys.user(userId), { consistent: true });
}

/** Users by id, those there are, in no particular order: to name them (eventually consistent). */
export async function getUsers(userIds: readonly string[]): Promise<TUser[]> {
  return getItems(userEntity, userIds.map(keys.user));
}

/** A user by e-mail: for a first sign-in, and to keep addresses unique (the index lags writes slightly). */
export async function getUserByEmail(email: string): Promise<TUser | undefined> {
  const [item] = await queryItems({ index: 'gsi2', partition: keys.email(email), limit: 1 });
  return item ? userEntity.parse(item) : undefined;
}

/** The members of an agency, of a region (its region-wide viewers), or the system admins. */
export async function listMembers(scope: string): Promise<TUser[]> {
  return (await queryItems({ index: 'gsi1', partition: keys.members(scope) })).map(userEntity.parse);
}

/** The members of each agency of a region, by agency: its agencies, then every agency's at once. */
export async function listRegionAgencyMembers(
  regionId: string,
): Promise<{ agency: TAgency; members: TUser[] }[]> {
  const agencies = await listRegionAgencies(regionId);
  const members = await Promise.all(agencies.map((agency) => listMembers(agency.id)));
  return agencies.map((agency, i) => ({ agency, members: members[i] ?? [] }));
}

/** Every user: the members of each region, of each of its agencies, and the system admins. */
export async function listAllUsers(): Promise<TUser[]> {
  const regionIds = (await listRegions()).map((region) => region.id);
  const agencies = await Promise.all(regionIds.map(listRegionAgencies));
  const scopes = [...regionIds, ...agencies.flat().map((agency) => agency.id), systemScope];
  return (await Promise.all(scopes.map(listMembers))).flat();
}

/** A region by id. */
export async function getRegion(regionId: string): Promise<TRegion | undefined> {
  return getItem(regionEntity, keys.region(regionId));
}

/** The agencies of a region. */
export async function listRegionAgencies(regionId: string): Promise<TAgency[]> {
  return (await queryItems({ index: 'gsi1', partition: keys.regionAgencies(regionId) })).map(
    agencyEntity.parse,
  );
}

/** Every region. */
export async function listRegions(): Promise<TRegion[]> {
  return (await queryItems({ index: 'gsi1', partition: keys.regions })).map(regionEntity.parse);
}
