import type { TQuarterRecord } from '../../shared/model/records.js';
import type { TItemCondition } from './commit.js';
import { keys } from './keys.js';

/** The transaction condition that the quarter is still open (not signed off meanwhile). */
export function quarterStillOpen(quarter: TQuarterRecord): TItemCondition {
  return {
    key: keys.quarter(quarter.agencyId, quarter.year, quarter.quarter),
    expression: '#state = :open',
    names: { '#state': 'state' },
    values: { ':open': 'open' },
  };
}

/** The transaction condition that a part is still where the user saw it. */
export function partUnchanged(
  agencyId: string,
  year: number,
  quarter: number,
  unitId: string,
  revision: number,
): TItemCondition {
  return {
    key: keys.part(agencyId, year, quarter, unitId),
    expression: 'revision = :seen',
    values: { ':seen': revision },
  };
}
