import { describe, expect, it } from 'vitest';
import { openYear } from '../functions/local/seed-demo.js';
import { drainOutbox } from '../functions/outbox/drain-outbox.js';
import { outboxHandlers } from '../functions/outbox-handlers.js';
import { clientAs, expectStatus } from './support/api-client.js';
import { withMailOutbox } from './support/mail-outbox.js';
import { withSeededStore } from './support/seeded-store.js';
import { submitCompleteEntry } from './support/submit-part.js';

withSeededStore();
const sent = withMailOutbox();

const yearParam = { agencyId: 'dinsos-hss', year: String(openYear()) };
const partParam = { ...yearParam, quarter: '1', unitId: 'perlindungan-jaminan' };
const partApi = (userId: string) =>
  clientAs(userId).agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'];

describe('the division head', () => {
  it('hears when their part is verified, not only when it is returned', async () => {
    const submitted = await submitCompleteEntry({
      year: openYear(),
      quarter: 1,
      unitId: 'perlindungan-jaminan',
    });
    await expectStatus(
      partApi('verifikator')[':transition'].$post({
        param: { ...partParam, transition: 'verify' },
        json: { revision: submitted.revision },
      }),
      200,
    );
    await drainOutbox(outboxHandlers);

    const toHead = sent().filter((email) => email.to.includes('perlindungan@dinsos-hss.example'));
    expect(toHead.map((email) => email.subject)).toEqual([
      'Terverifikasi: Bidang Perlindungan dan Jaminan Sosial, Triwulan I ' + openYear(),
    ]);
  });
});
