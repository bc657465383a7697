import { describe, expect, it } from 'vitest';
import { listPendingOutboxEvents } from '../../functions/db/outbox.js';
import { openYear } from '../../functions/local/seed-demo.js';
import { apiClient, clientAs, expectError, expectStatus } from '../support/api-client.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

const agency = { agencyId: 'dinsos-hss' };
const access = (actorId: string, userId: string, action: 'disable' | 'enable', reason?: string) =>
  clientAs(actorId).agencies[':agencyId'].users[':userId'][':access'].$post({
    param: { ...agency, userId, access: action },
    json: { reason },
  });
const settingsTimeline = async () =>
  (
    await expectStatus(
      clientAs('pengamat').agencies[':agencyId'].years[':year'].settings.audit.$get({
        query: {},
        param: { ...agency, year: String(openYear()) },
      }),
      200,
    )
  ).events;

describe('disabling a user', () => {
  it('stops their token at once, on the record, and tells the sign-in service; enabling lets them back', async () => {
    const person = clientAs('kabid-perlindungan');
    await expectStatus(person.me.$get(), 200);
    const disabled = await expectStatus(
      access('perencana', 'kabid-perlindungan', 'disable', 'Pindah tugas ke Dinas Kesehatan'),
      200,
    );
    expect(disabled.disabled).toBe(true);
    const refused = await expectError(person.me.$get(), 401);
    expect(refused.error.message).toContain('dinonaktifkan');
    await expectError(apiClient().dev['sign-in'].$post({ json: { userId: 'kabid-perlindungan' } }), 403);
    await expectError(access('perencana', 'kabid-perlindungan', 'disable'), 409);

    const events = await settingsTimeline();
    expect(events.find((event) => event.action === 'disableUser')).toMatchObject({
      actorId: 'perencana',
      reason: 'Pindah tugas ke Dinas Kesehatan',
      changes: [{ path: 'users.kabid-perlindungan.disabled', before: false, after: true }],
    });
    // On AWS the outbox disables the Cognito user and signs them out everywhere.
    const pending = await listPendingOutboxEvents(100);
    expect(pending.map((event) => [event.kind, event.payload.userId])).toContainEqual([
      'user.disable',
      'kabid-perlindungan',
    ]);

    await expectStatus(access('perencana', 'kabid-perlindungan', 'enable'), 200);
    await expectStatus(person.me.$get(), 200);
    expect((await settingsTimeline()).find((event) => event.action === 'enableUser')).toMatchObject({
      actorId: 'perencana',
    });
  });

  it('is for whoever may give every role the person holds, and never for oneself', async () => {
    await expectError(access('perencana', 'kepala-dinas', 'disable'), 403);
    await expectError(access('perencana', 'perencana', 'disable'), 403);
    await expectError(access('verifikator', 'pengamat', 'disable'), 403);
    await expectError(access('sekretaris', 'pengamat', 'disable'), 403);
    await expectStatus(
      access('kepala-dinas', 'verifikator', 'disable', 'Cuti di luar tanggungan negara'),
      200,
    );
    await expectStatus(access('admin', 'kepala-dinas', 'disable', 'Purna tugas'), 200);
    await expectError(clientAs('kepala-dinas').me.$get(), 401);
    await expectStatus(access('admin', 'kepala-dinas', 'enable'), 200);
    await expectError(access('kepala-dinas', 'nobody-here', 'disable'), 404);
  });
});
