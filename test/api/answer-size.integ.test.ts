import { describe, expect, it } from 'vitest';
import { putItems } from '../../functions/db/batch.js';
import { agreementEntity } from '../../functions/db/entities.js';
import type { TAgreementRecord } from '../../shared/model/records.js';
import { maxStoredBytes, storedBytes } from '../../shared/model/stored-size.js';
import { seedUnits } from '../../shared/seed/organisation.js';
import { clientAs, expectStatus } from '../support/api-client.js';
import { lambdaAnswer, lambdaAnswerBytes } from '../support/lambda-answer.js';
import { largeAgreement, regionLargestShape } from '../support/large-agreement.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

const unitIds = Object.values(seedUnits).map((unit) => unit.id);
const agency = { agencyId: 'dinsos-hss', year: '2019' };

describe('an agreement with many large versions', () => {
  it('answers its page well inside 6 MB, one version whole and every version summed up', async () => {
    const { version: signed } = await expectStatus(
      clientAs('pengamat').agencies[':agencyId'].years[':year'].agreement.$get({ param: agency }),
      200,
    );
    if (!signed) return expect.fail('the seed has its 2019 agreement');
    // 24 further Perubahan near the most a version may hold (each signed in turn).
    const added: TAgreementRecord[] = Array.from({ length: 24 }, (_, i) => {
      const version = signed.version + 1 + i;
      const content = largeAgreement({ ...regionLargestShape, nameLength: 420, tag: `v${version}` }, unitIds);
      return { ...signed, version, revision: 3, agreement: { ...signed.agreement, ...content, version } };
    });
    expect(storedBytes(added[0]?.agreement)).toBeGreaterThan(maxStoredBytes * 0.8);
    await putItems(added.map((record) => agreementEntity.item(record)));

    const answer = await lambdaAnswer(`/api/agencies/${agency.agencyId}/years/${agency.year}/agreement`);
    expect(answer.status).toBe(200);
    expect(answer.bytes).toBeLessThan(lambdaAnswerBytes / 4);
  });
});
