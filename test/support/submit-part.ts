import { expect } from 'vitest';
import type { TQuarter } from '../../shared/model/quarter.js';
import { seedUnits } from '../../shared/seed/organisation.js';
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

/**
 * Every unit of the seed agency enters the quarter complete (from whatever revision its part is at)
 * and submits it, and the verifier verifies each part: the quarter is ready for the head's sign-off.
 */
export async function verifyEveryPart({ year, quarter }: Omit<TSubmitCompleteEntryOptions, 'unitId'>) {
  const yearParam = { agencyId: 'dinsos-hss', year: String(year) };
  const partApi = (userId: string) =>
    clientAs(userId).agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'];
  const agreement = await expectStatus(
    clientAs('pengamat').agencies[':agencyId'].years[':year'].agreement.$get({ param: yearParam }),
    200,
  );
  const version = agreement.version?.agreement ?? expect.fail('no agreement');
  for (const unit of Object.values(seedUnits)) {
    const head = headOf[unit.id] ?? expect.fail(`no head of ${unit.id}`);
    const param = { ...yearParam, quarter: String(quarter), unitId: unit.id };
    const { part } = await expectStatus(partApi(head).$get({ param }), 200);
    const entry = completeEntry(version, unit.id, quarter);
    const saved = await expectStatus(
      partApi(head).$put({ param, json: { revision: part.revision, entry } }),
      200,
    );
    const move = (actor: string, transition: 'submit' | 'verify', revision: number) =>
      expectStatus(
        partApi(actor)[':transition'].$post({ param: { ...param, transition }, json: { revision } }),
        200,
      );
    const sent = await move(head, 'submit', saved.revision);
    await move('verifikator', 'verify', sent.revision);
  }
}
