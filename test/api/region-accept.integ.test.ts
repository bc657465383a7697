import { describe, expect, it } from 'vitest';
import { drainOutbox } from '../../functions/outbox/drain-outbox.js';
import { outboxHandlers } from '../../functions/outbox-handlers.js';
import { standingSendBack } from '../../shared/model/records.js';
import { unpackBoard } from '../../shared/region/packed-board.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { withMailOutbox } from '../support/mail-outbox.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();
const emails = withMailOutbox();

// The seed's 2019: every quarter signed off by the head, at revision 1.
const year = { agencyId: 'dinsos-hss', year: '2019' };
const quarterApi = (userId: string) =>
  clientAs(userId).agencies[':agencyId'].years[':year'].quarters[':quarter'];
type TStep = 'accept' | 'send-back' | 'reopen' | 'sign-off';
const step = (
  userId: string,
  quarter: number,
  transition: TStep,
  json: { revision: number; reason?: string },
) =>
  quarterApi(userId)[':transition'].$post({ param: { ...year, quarter: String(quarter), transition }, json });

describe("the Bappeda's step above the head's sign-off", () => {
  it("is refused to the head, the Bappeda's reader, the Inspektorat and the system admin", async () => {
    for (const userId of ['kepala-dinas', 'perencana', 'bappeda', 'inspektorat', 'admin'])
      await expectError(step(userId, 1, 'accept', { revision: 1 }), 403);
  });

  it('sends a quarter back only with a reason, named at its field', async () => {
    const error = await expectError(
      step('admin-bappeda', 2, 'send-back', { revision: 1, reason: 'kurang' }),
      400,
    );
    expect(error.error.issues.map((issue) => issue.path)).toEqual(['reason']);
  });

  it('accepts a signed-off quarter, on the record; the head cannot reopen it any more', async () => {
    const accepted = await expectStatus(step('admin-bappeda', 1, 'accept', { revision: 1 }), 200);
    expect(accepted).toMatchObject({ state: 'accepted', acceptedBy: 'admin-bappeda', revision: 2 });
    await expectError(
      step('kepala-dinas', 1, 'reopen', { revision: 2, reason: 'Koreksi angka realisasi' }),
      409,
    );
    // A step from the revision seen before the acceptance is stale.
    await expectError(
      step('admin-bappeda', 1, 'send-back', { revision: 1, reason: 'Koreksi angka realisasi' }),
      409,
    );
    const { events } = await expectStatus(
      quarterApi('inspektorat').audit.$get({ query: {}, param: { ...year, quarter: '1' } }),
      200,
    );
    expect(events.find((event) => event.action === 'accept')).toMatchObject({
      actorId: 'admin-bappeda',
      fromState: 'signed_off',
      toState: 'accepted',
    });
  });

  it('takes one of two steps made at once on the same revision, and refuses the other', async () => {
    const reason = 'Data dukung belum lengkap';
    const [a, b] = await Promise.all([
      step('admin-bappeda', 2, 'accept', { revision: 1 }),
      step('admin-bappeda', 2, 'send-back', { revision: 1, reason }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(200);
    expect([409, 423]).toContain(statuses[1]);
  });

  it('sends a quarter back with its reason: open again for the agency, the head and planner told why', async () => {
    const reason = 'Realisasi anggaran Bidang Perlindungan belum sesuai SP2D';
    const sentBack = await expectStatus(step('admin-bappeda', 3, 'send-back', { revision: 1, reason }), 200);
    expect(sentBack).toMatchObject({ state: 'open', revision: 2 });
    const { events } = await expectStatus(
      quarterApi('pengamat').audit.$get({ query: {}, param: { ...year, quarter: '3' } }),
      200,
    );
    expect(events.find((event) => event.action === 'sendBack')).toMatchObject({ reason, toState: 'open' });
    // The head and the planner read why on the quarter itself.
    for (const userId of ['kepala-dinas', 'perencana']) {
      const { quarter } = await expectStatus(
        clientAs(userId).agencies[':agencyId'].years[':year'].dashboard.$get({
          param: year,
          query: { quarter: '3' },
        }),
        200,
      );
      expect(standingSendBack(quarter), userId).toMatchObject({
        reason,
        by: 'admin-bappeda',
        byName: 'Admin Bappeda Kab. HSS',
      });
    }

    await drainOutbox(outboxHandlers);
    const sent = emails();
    const to = (subject: RegExp) =>
      sent
        .filter((email) => subject.test(email.subject))
        .flatMap((email) => email.to)
        .sort();
    expect(to(/^Dikembalikan Bappeda: .*Triwulan III 2019/)).toEqual([
      'kepala@dinsos-hss.example',
      'perencana@dinsos-hss.example',
    ]);
    expect(to(/^Diterima Bappeda: .*Triwulan I 2019/)).toEqual([
      'kepala@dinsos-hss.example',
      'perencana@dinsos-hss.example',
    ]);
    expect(sent.some((email) => email.text.includes(reason))).toBe(true);

    // The head signs it off again; the Bappeda can then accept it.
    const again = await expectStatus(step('kepala-dinas', 3, 'sign-off', { revision: 2 }), 200);
    expect(again).toMatchObject({ state: 'signed_off', signOffCount: 2 });
    expect(standingSendBack(again)).toBeUndefined();
    await expectStatus(step('admin-bappeda', 3, 'accept', { revision: again.revision }), 200);
  });

  it("shows the region's dashboard each quarter's new state once the outbox has run", async () => {
    await drainOutbox(outboxHandlers);
    const board = await expectStatus(
      clientAs('bappeda').regions[':regionId'].years[':year'].board.$get({
        param: { regionId: 'kab-hss', year: '2019' },
      }),
      200,
    );
    const states = unpackBoard(board)[0]?.quarters.map((quarter) => quarter.state);
    expect(states?.[0]).toBe('accepted');
    expect(states?.[2]).toBe('accepted');
  });
});
