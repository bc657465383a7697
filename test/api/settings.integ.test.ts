import { describe, expect, it } from 'vitest';
import { clientAs, expectError, expectStatus, untypedRequest } from '../support/api-client.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

const agency = { agencyId: 'dinsos-hss' };
const agencyApi = (userId: string) => clientAs(userId).agencies[':agencyId'];

describe('agency settings', () => {
  it('lets the planner change the bands, which the tables then use; others may not', async () => {
    const { revision, ...current } = await expectStatus(
      agencyApi('pengamat').settings.$get({ param: agency }),
      200,
    );
    expect(revision).toBe(0);
    expect(current.reminders.offsetDays).toEqual([7, 3, 1, 0]);
    const twoBands = [
      { id: 'met', label: 'Tercapai', labelEn: 'Met', min: 100, color: '#1b5e20' },
      { id: 'not-met', label: 'Belum tercapai', labelEn: 'Not met', color: '#c62828' },
    ];
    const settings = { ...current, statusBands: twoBands };
    const save = (userId: string, revision: number) =>
      agencyApi(userId).settings.$put({ param: agency, json: { revision, settings } });
    await expectError(save('verifikator', 0), 403);
    const saved = await expectStatus(save('perencana', 0), 200);
    expect(saved.revision).toBe(1);
    await expectError(save('perencana', 0), 409);

    const table = await expectStatus(
      agencyApi('pengamat').years[':year'].performance.$get({
        param: { ...agency, year: '2019' },
        query: {},
      }),
      200,
    );
    const bands = new Set(table.rows.map((row) => row.band).filter(Boolean));
    expect([...bands].every((band) => band === 'met' || band === 'not-met')).toBe(true);

    // A middle band without its lower bound.
    const broken = await expectError(
      untypedRequest('perencana', 'PUT', '/api/agencies/dinsos-hss/settings', {
        revision: 1,
        settings: { ...settings, statusBands: [{ ...twoBands[0], min: undefined }, twoBands[1]] },
      }),
      400,
    );
    expect(broken.error.issues[0]?.path).toBe('settings.statusBands.0.min');
  });

  it('words a refusal so a person can act on it: the field as the form names it, no schema terms', async () => {
    // What the settings form sent for "7, x" before it checked the days itself.
    const sent = { revision: 1, settings: { reminders: { offsetDays: [7, null] } } };
    const refused = await expectError(
      untypedRequest('perencana', 'PUT', '/api/agencies/dinsos-hss/settings', sent),
      400,
    );
    expect(refused.error.message).toBe(
      'Masukan tidak valid: Hari pengingat sebelum tenggat ke-2: harus berupa angka',
    );
    expect(refused.error.issues).toEqual([
      { path: 'settings.reminders.offsetDays.1', message: 'harus berupa angka' },
    ]);
    const english = await expectError(
      untypedRequest('perencana', 'PUT', '/api/agencies/dinsos-hss/settings?lang=en', sent),
      400,
    );
    expect(english.error.message).toBe(
      'Invalid input: Reminder days before the due date 2: must be a number',
    );
  });
});

describe('users of the agency', () => {
  const newcomer = {
    email: 'kabid.baru@dinsos-hss.example',
    name: 'Fitriani, S.Sos',
    roles: ['division_head' as const],
    unitId: 'pemberdayaan-sosial',
    locale: 'id' as const,
    remindersOff: false,
  };
  const saveUser = (userId: string, id: string, json: typeof newcomer) =>
    agencyApi(userId).users[':userId'].$put({ param: { ...agency, userId: id }, json });

  it('lets the planner add a division head who can then sign in and work on that unit only', async () => {
    await expectError(saveUser('verifikator', 'kabid-baru', newcomer), 403);
    const saved = await expectStatus(saveUser('perencana', 'kabid-baru', newcomer), 200);
    expect(saved).toMatchObject({ id: 'kabid-baru', agencyId: 'dinsos-hss', unitId: 'pemberdayaan-sosial' });
    const { users } = await expectStatus(agencyApi('pengamat').users.$get({ param: agency }), 200);
    expect(users.map((user) => user.id)).toContain('kabid-baru');
    const me = await expectStatus(clientAs('kabid-baru').me.$get(), 200);
    expect(me.user.roles).toEqual(['division_head']);
  });

  it('refuses a division head without a unit, a taken email and a system admin, naming each field', async () => {
    const refused = await expectError(
      agencyApi('perencana').users[':userId'].$put({
        param: { ...agency, userId: 'orang-lain' },
        json: {
          ...newcomer,
          email: 'kepala@dinsos-hss.example',
          roles: ['division_head', 'admin'],
          unitId: 'no-such-unit',
        },
      }),
      400,
    );
    expect(refused.error.issues.map((issue) => issue.path).sort()).toEqual(['email', 'roles', 'unitId']);
  });

  it('answers a user saved without an id (PUT …/users/) with a 400 naming the id, never a 404', async () => {
    // What the typed client sends for a new-user form whose id was left blank: PUT …/users.
    const refused = await expectError(saveUser('perencana', '', newcomer), 400);
    expect(refused.error.issues).toEqual([{ path: 'userId', message: 'wajib diisi' }]);
    expect(refused.error.message).toBe('Masukan tidak valid: Id pengguna: wajib diisi');
    const inEnglish = await expectError(
      clientAs('perencana', { lang: 'en' }).agencies[':agencyId'].users[':userId'].$put({
        param: { ...agency, userId: '' },
        json: newcomer,
      }),
      400,
    );
    expect(inEnglish.error.message).toBe('Invalid input: User id: required');
    const slashed = await untypedRequest('perencana', 'PUT', '/api/agencies/dinsos-hss/users/', newcomer);
    expect(slashed.status).toBe(400);
    // An address no route takes stays a 404.
    expect(
      (await untypedRequest('perencana', 'PUT', '/api/agencies/dinsos-hss/userz/', newcomer)).status,
    ).toBe(404);
  });
});
