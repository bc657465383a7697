import { describe, expect, it } from 'vitest';
import { openYear } from '../functions/local/seed-demo.js';
import { drainOutbox } from '../functions/outbox/drain-outbox.js';
import { outboxHandlers } from '../functions/outbox-handlers.js';
import { clientAs, expectStatus } from './support/api-client.js';
import { completeEntry } from './support/fill-part.js';
import { withMailOutbox } from './support/mail-outbox.js';
import { withSeededStore } from './support/seeded-store.js';

withSeededStore();
const sent = withMailOutbox();

const yearParam = { agencyId: 'dinsos-hss', year: String(openYear()) };
const partParam = { ...yearParam, quarter: '1', unitId: 'perlindungan-jaminan' };
const partApi = (userId: string) =>
  clientAs(userId).agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'];

describe('the division head', () => {
  it('hears when their part is verified, not only when it is returned', async () => {
    const agreement = await expectStatus(
      clientAs('pengamat').agencies[':agencyId'].years[':year'].agreement.$get({ param: yearParam }),
      200,
    );
    const version = agreement.versions[0]?.agreement ?? expect.fail('no agreement');
    const entry = completeEntry(version, 'perlindungan-jaminan', 1);
    const saved = await expectStatus(
      partApi('kabid-perlindungan').$put({ param: partParam, json: { revision: 1, entry } }),
      200,
    );
    const move = (userId: string, transition: 'submit' | 'verify', revision: number) =>
      partApi(userId)[':transition'].$post({ param: { ...partParam, transition }, json: { revision } });
    const submitted = await expectStatus(move('kabid-perlindungan', 'submit', saved.revision), 200);
    await expectStatus(move('verifikator', 'verify', submitted.revision), 200);
    await drainOutbox(outboxHandlers);

    const toHead = sent().filter((email) => email.to.includes('perlindungan@dinsos-hss.example'));
    expect(toHead.map((email) => email.subject)).toEqual([
      'Terverifikasi: Bidang Perlindungan dan Jaminan Sosial, Triwulan I ' + openYear(),
    ]);
  });
});
