import type { TQuarterRecord } from '../../shared/model/records.js';
import { editablePartStates } from '../../shared/workflow/part-workflow.js';
import type { TItemCondition } from './commit.js';
import { partEntity, quarterEntity } from './entities.js';
import { keys } from './keys.js';
import { getItem } from './query.js';

type TQuarterRef = Pick<TQuarterRecord, 'agencyId' | 'year' | 'quarter'>;
type TPartRef = TQuarterRef & { unitId: string };

/** The transaction condition that the quarter is still open (not signed off meanwhile). */
export function quarterStillOpen(quarter: TQuarterRef): TItemCondition {
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

/** The transaction condition that a part is still with its division head (draft or returned), whatever was saved meanwhile. */
export function partStillEditable({ content }: { content: TPartRef }): TItemCondition {
  const states = Object.fromEntries(editablePartStates.map((state, index) => [`:editable${index}`, state]));
  return {
    key: keys.part(content.agencyId, content.year, content.quarter, content.unitId),
    expression: `#state IN (${Object.keys(states).join(', ')})`,
    names: { '#state': 'state' },
    values: states,
  };
}

/** A part and its quarter as stored now (read strongly): where they stand after a change lost its race. */
export async function readPartStanding({ agencyId, year, quarter, unitId }: TPartRef) {
  const [quarterRecord, part] = await Promise.all([
    getItem(quarterEntity, keys.quarter(agencyId, year, quarter), { consistent: true }),
    getItem(partEntity, keys.part(agencyId, year, quarter, unitId), { consistent: true }),
  ]);
  return { quarter: quarterRecord, part };
}
