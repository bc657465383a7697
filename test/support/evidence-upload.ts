import { expect } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import { clientAs, expectStatus } from './api-client.js';

/** A seed agency's part of the open year, as the API's parameters name it. */
export type TPartParam = { agencyId: string; year: string; quarter: string; unitId: string };

/** The first indicator of an activity of the unit in the seed agency's agreement in force. */
export async function indicatorOf(unitId: string): Promise<string> {
  const agreement = await expectStatus(
    clientAs('pengamat').agencies[':agencyId'].years[':year'].agreement.$get({
      param: { agencyId: 'dinsos-hss', year: String(openYear()) },
    }),
    200,
  );
  const activity = agreement.version?.agreement.activities.find(
    (a) => a.unitId === unitId && a.indicators.length > 0,
  );
  return activity?.indicators[0]?.id ?? expect.fail('no indicator of the unit');
}

/**
 * The division head `userId` asks to upload a PDF of `size` bytes for the unit's first indicator:
 * the record made, waiting for the file; the URL to send it to.
 */
export async function askUpload(userId: string, param: TPartParam, fileName: string, size: number) {
  return expectStatus(
    clientAs(userId).agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[
      ':unitId'
    ].evidence.$post({
      param,
      json: { indicatorId: await indicatorOf(param.unitId), fileName, contentType: 'application/pdf', size },
    }),
    201,
  );
}
