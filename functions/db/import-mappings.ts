import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { TRememberedMapping } from '../../shared/agreement-workbook/column-mapping.js';
import { documents, tableName } from './client.js';
import { importMappingEntity } from './entities.js';
import { keys } from './keys.js';
import { getItem } from './query.js';

/** The mapping the agency last confirmed for a layout (by its signature), if any. */
export async function getRememberedMapping(
  agencyId: string,
  signature: string,
): Promise<TRememberedMapping | undefined> {
  return getItem(importMappingEntity, keys.importMapping(agencyId, signature), { consistent: true });
}

/** Remembers a confirmed mapping for its layout: the latest confirmation replaces an earlier one. */
export async function rememberMapping(record: TRememberedMapping): Promise<void> {
  await documents.send(new PutCommand({ TableName: tableName, Item: importMappingEntity.item(record) }));
}
