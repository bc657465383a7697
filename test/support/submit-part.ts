import { expect } from 'vitest';
import type { TQuarter } from '../../shared/model/quarter.js';
import { clientAs, expectStatus } from './api-client.js';
import { completeEntry, headOf } from './fill-part.js';

export type TSubmitCompleteEntryOptions = { year: number; quarter: TQuarter; unitId: string };

/**
 * The seed agency's unit head, through the API, enters the unit's quarter complete (its part
 * untouched since the seed: revision 1) and submits it; the part as submitted.
 */
export async function submitCompleteEntry({ year, quarter, unitId }: TSubmitCompleteEntryOptions) {
  const yearParam = { agencyId: 'dinsos-hss', year: String(year) };
  const head = headOf[unitId] ?? expect.fail(`no head of ${unitId}`);
  const yearApi = clientAs(head).agencies[':agencyId'].years[':year'];
  const agreement = await expectStatus(yearApi.agreement.$get({ param: yearParam }), 200);
  const version = agreement.version?.agreement ?? expect.fail('no agreement');
  const partApi = yearApi.quarters[':quarter'].parts[':unitId'];
  const param = { ...yearParam, quarter: String(quarter), unitId };
  const entry = completeEntry(version, unitId, quarter);
  const saved = await expectStatus(partApi.$put({ param, json: { revision: 1, entry } }), 200);
  return expectStatus(
    partApi[':transition'].$post({
      param: { ...param, transition: 'submit' },
      json: { revision: saved.revision },
    }),
    200,
  );
}
