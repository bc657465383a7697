import { describe, expect, it } from 'vitest';
import { openYear } from '../functions/local/seed-demo.js';
import { drainOutbox } from '../functions/outbox/drain-outbox.js';
import { outboxHandlers } from '../functions/outbox-handlers.js';
import { clientAs, expectStatus } from './support/api-client.js';
import { headOf } from './support/fill-part.js';
import { withMailOutbox } from './support/mail-outbox.js';
import { withSeededStore } from './support/seeded-store.js';
import { submitCompleteEntry } from './support/submit-part.js';

withSeededStore();
const sent = withMailOutbox();

const year = openYear();
const yearParam = { agencyId: 'dinsos-hss', year: String(year) };
const yearApi = (userId: string) => clientAs(userId).agencies[':agencyId'].years[':year'];

describe('the sign-off email', () => {
  it('goes to every member but a disabled one', async () => {
    for (const unitId of Object.keys(headOf)) {
      const submitted = await submitCompleteEntry({ year, quarter: 1, unitId });
      await expectStatus(
        yearApi('verifikator').quarters[':quarter'].parts[':unitId'][':transition'].$post({
          param: { ...yearParam, quarter: '1', unitId, transition: 'verify' },
          json: { revision: submitted.revision },
        }),
        200,
      );
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
