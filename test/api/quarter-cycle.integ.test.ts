import { describe, expect, it } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import { seedUnits } from '../../shared/seed/organisation.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { completeEntry, headOf } from '../support/fill-part.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

const yearParam = { agencyId: 'dinsos-hss', year: String(openYear()) };
const q1 = { ...yearParam, quarter: '1' };
const units = Object.values(seedUnits).map((unit) => unit.id);
const yearApi = (userId: string) => clientAs(userId).agencies[':agencyId'].years[':year'];
const partApi = (userId: string) => yearApi(userId).quarters[':quarter'].parts[':unitId'];
const versionApi = (userId: string) => yearApi(userId).agreement.versions[':version'];

async function part(unitId: string) {
  const body = await expectStatus(partApi('pengamat').$get({ param: { ...q1, unitId } }), 200);
  return body.part;
}

describe('the whole cycle of the open year, through the API', () => {
  it('signs a revision, fills and submits Q1, returns and fixes a part, verifies, signs off, locks, reopens and re-signs', async () => {
    // The planner revises the agreement; the head signs it: in force from Q1, nothing signed off yet.
    await expectStatus(yearApi('perencana').agreement.versions.$post({ param: yearParam, json: {} }), 201);
    const v2 = { ...yearParam, version: '2' };
    const move = (userId: string, transition: 'submit' | 'sign', revision: number) =>
      versionApi(userId)[':transition'].$post({ param: { ...v2, transition }, json: { revision } });
    expect((await move('kepala-dinas', 'sign', 1)).status).toBe(409);
    const submitted = await expectStatus(move('perencana', 'submit', 1), 200);
    expect(submitted.state).toBe('submitted');
    const signed = await expectStatus(move('kepala-dinas', 'sign', 2), 200);
    expect(signed).toMatchObject({
      state: 'signed',
      effectiveFromQuarter: 1,
      signedBy: { nip: '196703281986092001' },
      secondPartyName: 'H. ACHMAD FIKRY, S.Ag, M.AP',
    });
    const agreement = signed.agreement;

    // Every unit fills and submits its part.
    for (const unitId of units) {
      const user = headOf[unitId] ?? '';
      const param = { ...q1, unitId };
      const submit = (revision: number) =>
        partApi(user)[':transition'].$post({ param: { ...param, transition: 'submit' }, json: { revision } });
      const empty = await expectError(submit(1), 400);
      expect(empty.error.issues.length).toBeGreaterThan(0);
      const saved = await expectStatus(
        partApi(user).$put({ param, json: { revision: 1, entry: completeEntry(agreement, unitId, 1) } }),
        200,
      );
      expect(saved.content.agreementVersion).toBe(2);
      const sent = await expectStatus(submit(saved.revision), 200);
      expect(sent).toMatchObject({ state: 'submitted', late: expect.any(Boolean) });
    }

    // The verifier returns one part with a comment on one indicator; its head fixes and resubmits.
    const param = { ...q1, unitId: 'pemberdayaan-sosial' };
    const returned = await part('pemberdayaan-sosial');
    const indicatorId = returned.content.realisations[0]?.indicatorId ?? expect.fail('no realisation');
    const back = await expectStatus(
      partApi('verifikator')[':transition'].$post({
        param: { ...param, transition: 'return' },
        json: {
          revision: returned.revision,
          review: {
            comment: 'Mohon lengkapi data dukung',
            indicatorComments: { [indicatorId]: 'Angka tidak sesuai daftar penerima' },
          },
        },
      }),
      200,
    );
    expect(back).toMatchObject({
      state: 'returned',
      review: { indicatorComments: { [indicatorId]: 'Angka tidak sesuai daftar penerima' } },
    });
    const fixedEntry = {
      realisations: back.content.realisations.map((r) =>
        r.indicatorId === indicatorId ? { ...r, explanation: 'Sudah disesuaikan' } : r,
      ),
    };
    const fixed = await expectStatus(
      partApi('kabid-pemberdayaan').$put({ param, json: { revision: back.revision, entry: fixedEntry } }),
      200,
    );
    await expectStatus(
      partApi('kabid-pemberdayaan')[':transition'].$post({
        param: { ...param, transition: 'submit' },
        json: { revision: fixed.revision },
      }),
      200,
    );

    // Not ready until every part is verified.
    const quarterMove = (transition: 'sign-off' | 'reopen', revision: number, reason?: string) =>
      yearApi('kepala-dinas').quarters[':quarter'][':transition'].$post({
        param: { ...q1, transition },
        json: { revision, reason },
      });
    expect((await quarterMove('sign-off', 1)).status).toBe(409);
    for (const unitId of units) {
      const current = await part(unitId);
      const verified = await expectStatus(
        partApi('verifikator')[':transition'].$post({
          param: { ...q1, unitId, transition: 'verify' },
          json: { revision: current.revision },
        }),
        200,
      );
      expect(verified.state).toBe('verified');
    }
    const listed = await expectStatus(yearApi('kepala-dinas').quarters.$get({ param: yearParam }), 200);
    expect(listed.quarters[0]?.readyForSignOff).toBe(true);

    const signedOff = await expectStatus(quarterMove('sign-off', 1), 200);
    expect(signedOff).toMatchObject({ state: 'signed_off', signOffCount: 1, signedOffBy: 'kepala-dinas' });

    // Locked: nothing in the quarter changes.
    const locked = await part('sekretariat');
    const refused = await partApi('sekretaris').$put({
      param: { ...q1, unitId: 'sekretariat' },
      json: { revision: locked.revision, entry: {} },
    });
    expect(refused.status).toBe(423);

    // Reopening needs a written reason; re-signing counts a second sign-off.
    expect((await quarterMove('reopen', 2)).status).toBe(400);
    const reopened = await expectStatus(quarterMove('reopen', 2, 'Koreksi data penerima bantuan'), 200);
    expect(reopened.state).toBe('open');
    const resigned = await expectStatus(quarterMove('sign-off', 3), 200);
    expect(resigned).toMatchObject({ state: 'signed_off', signOffCount: 2 });

    // All of it is on the record: who, when, from → to, why.
    const timeline = await expectStatus(
      yearApi('inspektorat').quarters[':quarter'].audit.$get({ query: {}, param: q1 }),
      200,
    );
    const actions = timeline.events.map((event) => event.action);
    expect(actions.filter((a) => a === 'submit')).toHaveLength(5);
    expect(actions).toEqual(expect.arrayContaining(['saveDraft', 'return', 'verify', 'signOff', 'reopen']));
    expect(timeline.events.find((event) => event.action === 'reopen')).toMatchObject({
      actorId: 'kepala-dinas',
      fromState: 'signed_off',
      toState: 'open',
      reason: 'Koreksi data penerima bantuan',
    });
    expect(timeline.events.find((event) => event.action === 'return')?.changes).toEqual([
      {
        path: `review.indicatorComments.${indicatorId}`,
        before: null,
        after: 'Angka tidak sesuai daftar penerima',
      },
    ]);
    const agreementTimeline = await expectStatus(
      versionApi('pengamat').audit.$get({ query: {}, param: v2 }),
      200,
    );
    expect(agreementTimeline.events.map((event) => event.action)).toEqual(['sign', 'submit', 'createDraft']);
  });
});
