import {
  type TAgreementRecord,
  type TPartRecord,
  type TQuarterRecord,
  ZAgreementRecordSchema,
  ZPartRecordSchema,
  ZQuarterRecordSchema,
} from '../../shared/model/records.js';
import { keys } from './keys.js';
import { queryItems } from './query.js';

/** The items of an agency's year, ready to put. */
export const yearItems = {
  agreement: (record: TAgreementRecord) => ({
    ...keys.agreement(record.agencyId, record.year, record.version),
    type: 'agreement',
    ...record,
  }),
  quarter: (record: TQuarterRecord) => ({
    ...keys.quarter(record.agencyId, record.year, record.quarter),
    // Signed-off quarters leave the sweep's index: a put without these attributes drops them.
    ...(record.state === 'open' &&
      keys.openQuarterIndex(record.agencyId, record.year, record.quarter, record.dueAt)),
    type: 'quarter',
    ...record,
  }),
  part: (record: TPartRecord) => {
    const { agencyId, year, quarter, unitId } = record.content;
    return { ...keys.part(agencyId, year, quarter, unitId), type: 'part', ...record };
  },
};

export type TYear = { agreements: TAgreementRecord[]; quarters: TQuarterRecord[]; parts: TPartRecord[] };

/** Everything of an agency's year — agreement versions, quarters, parts — in one paginated query. */
export async function readYear(agencyId: string, year: number): Promise<TYear> {
  const found: TYear = { agreements: [], quarters: [], parts: [] };
  for (const item of await queryItems({ partition: keys.yearPartition(agencyId, year) })) {
    if (item.type === 'agreement') found.agreements.push(ZAgreementRecordSchema.parse(item));
    else if (item.type === 'quarter') found.quarters.push(ZQuarterRecordSchema.parse(item));
    else if (item.type === 'part') found.parts.push(ZPartRecordSchema.parse(item));
  }
  return found;
}
