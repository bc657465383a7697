import { GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  type TAgency,
  type TRegion,
  type TUnit,
  type TUser,
  ZAgencySchema,
  ZRegionSchema,
  ZUnitSchema,
  ZUserSchema,
} from '../../shared/model/organisation.js';
import { type TStoredSettings, ZStoredSettingsSchema } from '../../shared/model/settings.js';
import { documents, tableName } from './client.js';
import { keys, systemScope } from './keys.js';
import { queryItems } from './query.js';

/** The items that describe a region, its agencies, their units and users, ready to put. */
export const organisationItems = {
  region: (region: TRegion) => ({ ...keys.region(region.id), type: 'region', ...region }),
  agency: (agency: TAgency) => ({ ...keys.agency(agency.id, agency.regionId), type: 'agency', ...agency }),
  unit: (unit: TUnit) => ({ ...keys.unit(unit.agencyId, unit.id), type: 'unit', ...unit }),
  user: (user: TUser) => ({
    ...keys.user(user.id),
    ...keys.userIndexes(user.id, user.agencyId ?? user.regionId ?? systemScope, user.email),
    type: 'user',
    ...user,
  }),
};

/** Whether any region exists: an empty store gets the demo data at local start. */
export async function hasAnyRegion(): Promise<boolean> {
  return (await queryItems({ index: 'gsi1', partition: keys.regions, limit: 1 })).length > 0;
}

export type TAgencyRecord = { agency: TAgency; units: TUnit[]; settings: TStoredSettings };

/** An agency with its units and settings, in one query of the agency's partition. */
export async function getAgencyWithUnits(agencyId: string): Promise<TAgencyRecord | undefined> {
  const items = await queryItems({ partition: keys.agencyPartition(agencyId) });
  const agency = items.find((item) => item.type === 'agency');
  if (!agency) return undefined;
  const units = items.filter((item) => item.type === 'unit').map((item) => ZUnitSchema.parse(item));
  const settings = ZStoredSettingsSchema.parse(
    items.find((item) => item.type === 'settings') ?? { revision: 0 },
  );
  return { agency: ZAgencySchema.parse(agency), units, settings };
}

/** A user by id. */
export async function getUser(userId: string): Promise<TUser | undefined> {
  const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: keys.user(userId) }));
  return Item ? ZUserSchema.parse(Item) : undefined;
}

/** A user by e-mail, the claim both Cognito and the development sign-in put in the token. */
export async function getUserByEmail(email: string): Promise<TUser | undefined> {
  const [item] = await queryItems({ index: 'gsi2', partition: keys.email(email), limit: 1 });
  return item ? ZUserSchema.parse(item) : undefined;
}

/** The members of an agency, of a region (its region-wide viewers), or the system admins. */
export async function listMembers(scope: string): Promise<TUser[]> {
  return (await queryItems({ index: 'gsi1', partition: keys.members(scope) })).map((item) =>
    ZUserSchema.parse(item),
  );
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
  const { pk, sk } = keys.region(regionId);
  const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: { pk, sk } }));
  return Item ? ZRegionSchema.parse(Item) : undefined;
}

/** The agencies of a region. */
export async function listRegionAgencies(regionId: string): Promise<TAgency[]> {
  return (await queryItems({ index: 'gsi1', partition: keys.regionAgencies(regionId) })).map((item) =>
    ZAgencySchema.parse(item),
  );
}

/** Every region. */
export async function listRegions(): Promise<TRegion[]> {
  return (await queryItems({ index: 'gsi1', partition: keys.regions })).map((item) =>
    ZRegionSchema.parse(item),
  );
}
