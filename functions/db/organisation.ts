import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  type TAgency,
  type TRegion,
  type TUnit,
  type TUser,
  ZAgencySchema,
  ZUnitSchema,
  ZUserSchema,
} from '../../shared/model/organisation.js';
import { documents, tableName } from './client.js';
import { keys } from './keys.js';

/** The items that describe a region, its agencies, their units and users, ready to put. */
export const organisationItems = {
  region: (region: TRegion) => ({ ...keys.region(region.id), type: 'region', ...region }),
  agency: (agency: TAgency) => ({ ...keys.agency(agency.id, agency.regionId), type: 'agency', ...agency }),
  unit: (unit: TUnit) => ({ ...keys.unit(unit.agencyId, unit.id), type: 'unit', ...unit }),
  user: (user: TUser) => ({
    ...keys.user(user.id),
    ...keys.userIndexes(user.id, user.agencyId ?? user.regionId ?? 'SYSTEM', user.email),
    type: 'user',
    ...user,
  }),
};

/** Whether any region exists: an empty store gets the demo data at local start. */
export async function hasAnyRegion(): Promise<boolean> {
  const result = await documents.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.region('x').gsi1pk },
      Limit: 1,
    }),
  );
  return (result.Count ?? 0) > 0;
}

/** An agency and its units in one query of the agency's partition. */
export async function getAgencyWithUnits(
  agencyId: string,
): Promise<{ agency: TAgency; units: TUnit[] } | undefined> {
  const result = await documents.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.agencyPartition(agencyId) },
    }),
  );
  const items = result.Items ?? [];
  const agency = items.find((item) => item.type === 'agency');
  if (!agency) return undefined;
  const units = items.filter((item) => item.type === 'unit').map((item) => ZUnitSchema.parse(item));
  return { agency: ZAgencySchema.parse(agency), units };
}

/** A user by id: one GetItem, done on every authenticated request. */
export async function getUser(userId: string): Promise<TUser | undefined> {
  const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: keys.user(userId) }));
  return Item ? ZUserSchema.parse(Item) : undefined;
}
