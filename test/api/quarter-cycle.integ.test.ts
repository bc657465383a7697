import { describe, expect, it } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import { seedUnits } from '../../shared/seed/organisation.js';
import { callAs } from '../support/api-client.js';
import { completeEntry } from '../support/fill-part.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

const year = openYear();
const yearPath = `/api/agencies/dinsos-hss/years/${year}`;
const q1 = `${yearPath}/quarters/1`;
const headOf: Record<string, string> = {
  sekretariat: 'sekretaris',
  'pemberdayaan-sosial': 'kabid-pemberdayaan',
  'pelayanan-rehabilitasi': 'kabid-rehabilitasi',
  'perlindungan-jaminan': 'kabid-perlindungan',
};
const units = Object.values(seedUnits).map((unit) => unit.id);

async function part(unitId: string) {
  const { body } = await callAs('pengamat', 'GET', `${q1}/parts/${unitId}`);
  return body.part;
}

describe('the whole cycle of the open year, through the API', () => {
  it('signs a revision, fills and submits Q1, returns and fixes a part, verifies, signs off, locks, reopens and re-signs', async () => {
    // The planner revises the agreement; the head signs it: in force from Q1, nothing signed off yet.
    const draft = await callAs('perencana', 'POST', `${yearPath}/agreement/versions`, {});
    expect(draft.status).toBe(201);
    const agreementPath = `${yearPath}/agreement/versions/2`;
    expect((await callAs('kepala-dinas', 'POST', `${agreementPath}/sign`, { revision: 1 })).status).toBe(409);
    const submitted = await callAs('perencana', 'POST', `${agreementPath}/submit`, { revision: 1 });
    expect(submitted.body.state).toBe('submitted');
    const signed = await callAs('kepala-dinas', 'POST', `${agreementPath}/sign`, { revision: 2 });
    expect(signed.body).toMatchObject({
      state: 'signed',
      effectiveFromQuarter: 1,
      signedBy: { nip: '196703281986092001' },
      secondPartyName: 'H. ACHMAD FIKRY, S.Ag, M.AP',
    });
    const agreement = signed.body.agreement;

    // Every unit fills and submits its part.
    for (const unitId of units) {
      const user = headOf[unitId] ?? '';
      const empty = await callAs(user, 'POST', `${q1}/parts/${unitId}/submit`, { revision: 1 });
      expect(empty.status).toBe(400);
      expect(empty.body.error.issues.length).toBeGreaterThan(0);
      const saved = await callAs(user, 'PUT', `${q1}/parts/${unitId}`, {
        revision: 1,
        entry: completeEntry(agreement, unitId, 1),
      });
      expect(saved.status).toBe(200);
      expect(saved.body.content.agreementVersion).toBe(2);
      const sent = await callAs(user, 'POST', `${q1}/parts/${unitId}/submit`, {
        revision: saved.body.revision,
      });
      expect(sent.status).toBe(200);
      expect(sent.body).toMatchObject({ state: 'submitted', late: expect.any(Boolean) });
    }

    // The verifier returns one part with a comment on one indicator; its head fixes and resubmits.
    const returned = await part('pemberdayaan-sosial');
    const indicatorId = returned.content.realisations[0].indicatorId;
    const back = await callAs('verifikator', 'POST', `${q1}/parts/pemberdayaan-sosial/return`, {
      revision: returned.revision,
      review: {
        comment: 'Mohon lengkapi data dukung',
        indicatorComments: { [indicatorId]: 'Angka tidak sesuai daftar penerima' },
      },
    });
    expect(back.body).toMatchObject({
      state: 'returned',
      review: { indicatorComments: { [indicatorId]: 'Angka tidak sesuai daftar penerima' } },
    });
    const fixedEntry = {
      realisations: back.body.content.realisations.map((r: { indicatorId: string }) =>
        r.indicatorId === indicatorId ? { ...r, explanation: 'Sudah disesuaikan' } : r,
      ),
    };
    const fixed = await callAs('kabid-pemberdayaan', 'PUT', `${q1}/parts/pemberdayaan-sosial`, {
      revision: back.body.revision,
      entry: fixedEntry,
    });
    expect(fixed.status).toBe(200);
    expect(
      (
        await callAs('kabid-pemberdayaan', 'POST', `${q1}/parts/pemberdayaan-sosial/submit`, {
          revision: fixed.body.revision,
        })
      ).status,
    ).toBe(200);

    // Not ready until every part is verified.
    const early = await callAs('kepala-dinas', 'POST', `${q1}/sign-off`, { revision: 1 });
    expect(early.status).toBe(409);
    for (const unitId of units) {
      const current = await part(unitId);
      expect(
        (await callAs('verifikator', 'POST', `${q1}/parts/${unitId}/verify`, { revision: current.revision }))
          .body.state,
      ).toBe('verified');
    }
    const { body: listed } = await callAs('kepala-dinas', 'GET', `${yearPath}/quarters`);
    expect(listed.quarters[0].readyForSignOff).toBe(true);

    const signedOff = await callAs('kepala-dinas', 'POST', `${q1}/sign-off`, { revision: 1 });
    expect(signedOff.body).toMatchObject({
      state: 'signed_off',
      signOffCount: 1,
      signedOffBy: 'kepala-dinas',
    });

    // Locked: nothing in the quarter changes.
    const locked = await part('sekretariat');
    const refused = await callAs('sekretaris', 'PUT', `${q1}/parts/sekretariat`, {
      revision: locked.revision,
      entry: {},
    });
    expect(refused.status).toBe(423);

    // Reopening needs a written reason; re-signing counts a second sign-off.
    expect((await callAs('kepala-dinas', 'POST', `${q1}/reopen`, { revision: 2 })).status).toBe(400);
    const reopened = await callAs('kepala-dinas', 'POST', `${q1}/reopen`, {
      revision: 2,
      reason: 'Koreksi data penerima bantuan',
    });
    expect(reopened.body.state).toBe('open');
    const resigned = await callAs('kepala-dinas', 'POST', `${q1}/sign-off`, { revision: 3 });
    expect(resigned.body).toMatchObject({ state: 'signed_off', signOffCount: 2 });

    // All of it is on the record: who, when, from → to, why.
    const { body: timeline } = await callAs('inspektorat', 'GET', `${q1}/audit`);
    const actions = timeline.events.map((event: { action: string }) => event.action);
    expect(actions.filter((a: string) => a === 'submit')).toHaveLength(5);
    expect(actions).toEqual(expect.arrayContaining(['saveDraft', 'return', 'verify', 'signOff', 'reopen']));
    const reopen = timeline.events.find((event: { action: string }) => event.action === 'reopen');
    expect(reopen).toMatchObject({
      actorId: 'kepala-dinas',
      fromState: 'signed_off',
      toState: 'open',
      reason: 'Koreksi data penerima bantuan',
    });
    const returnEvent = timeline.events.find((event: { action: string }) => event.action === 'return');
    expect(returnEvent.changes).toEqual([
      {
        path: `review.indicatorComments.${indicatorId}`,
        before: null,
        after: 'Angka tidak sesuai daftar penerima',
      },
    ]);
    const { body: agreementTimeline } = await callAs('pengamat', 'GET', `${agreementPath}/audit`);
    expect(agreementTimeline.events.map((event: { action: string }) => event.action)).toEqual([
      'createDraft',
      'submit',
      'sign',
    ]);
  });
});
