import type { TQuarterRecord } from '../../shared/model/records.js';
import { quarterEntity } from './entities.js';
import { keys } from './keys.js';
import { queryItems } from './query.js';

/** Every open quarter of every agency due before `until` (overdue ones included), by due moment. */
export async function listOpenQuartersDueBefore(until: string): Promise<TQuarterRecord[]> {
  const items = await queryItems({
    index: 'gsi2',
    partition: keys.openQuarters,
    before: new Date(until).toISOString(),
  });
  return items.map(quarterEntity.parse);
}
