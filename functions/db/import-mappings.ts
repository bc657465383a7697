import type { TRememberedMapping } from '../../shared/agreement-workbook/column-mapping.js';
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
