import { describe, expect, it } from 'vitest';
import { openYear } from '../functions/local/seed-demo.js';
import { drainOutbox } from '../functions/outbox/drain-outbox.js';
import { outboxHandlers } from '../functions/outbox-handlers.js';
import { clientAs, expectStatus } from './support/api-client.js';
import { completeEntry, headOf } from './support/fill-part.js';
import { withMailOutbox } from './support/mail-outbox.js';
import { withSeededStore } from './support/seeded-store.js';

withSeededStore();
const sent = withMailOutbox();

const yearParam = { agencyId: 'dinsos-hss', year: String(openYear()) };
const yearApi = (userId: string) => clientAs(userId).agencies[':agencyId'].years[':year'];

describe('the sign-off email', () => {
  it('goes to every member but a disabled one', async () => {
    const agreement = await expectStatus(yearApi('pengamat').agreement.$get({ param: yearParam }), 200);
    const version = agreement.versions[0]?.agreement ?? expect.fail('no agreement');
    for (const [unitId, userId] of Object.entries(headOf)) {
      const partApi = yearApi(userId).quarters[':quarter'].parts[':unitId'];
      const param = { ...yearParam, quarter: '1', unitId };
      const entry = completeEntry(version, unitId, 1);
      const saved = await expectStatus(partApi.$put({ param, json: { revision: 1, entry } }), 200);
      const move = (user: string, transition: 'submit' | 'verify', revision: number) =>
        expectStatus(
          yearApi(user).quarters[':quarter'].parts[':unitId'][':transition'].$post({
            param: { ...param, transition },
            json: { revision },
          }),
          200,
        );
      const submitted = await move(userId, 'submit', saved.revision);
      await move('verifikator', 'verify', submitted.revision);
    }
    await expectStatus(
      clientAs('perencana').agencies[':agencyId'].users[':userId'][':access'].$post({
        param: { agencyId: yearParam.agencyId, userId: 'pengamat', access: 'disable' },
        json: { reason: 'Pindah tugas ke Dinas Kesehatan' },
      }),
      200,
    );
    await expectStatus(
      yearApi('kepala-dinas').quarters[':quarter'][':transition'].$post({
        param: { ...yearParam, quarter: '1', transition: 'sign-off' },
        json: { revision: 1 },
      }),
      200,
    );
    await drainOutbox(outboxHandlers);

    const signedOff = sent().filter((email) => email.subject.includes('telah ditandatangani'));
    const to = signedOff.flatMap((email) => email.to);
    expect(to).toContain('perencana@dinsos-hss.example');
    expect(to).not.toContain('pengamat@dinsos-hss.example');
  }, 120_000);
});
