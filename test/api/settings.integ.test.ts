import { describe, expect, it } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import { callAs } from '../support/api-client.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

const settingsPath = '/api/agencies/dinsos-hss/settings';

describe('agency settings', () => {
  it('lets the planner change the bands, which the tables then use; others may not', async () => {
    const { body: current } = await callAs('pengamat', 'GET', settingsPath);
    expect(current.revision).toBe(0);
    expect(current.reminders.offsetDays).toEqual([7, 3, 1, 0]);
    const twoBands = [
      { id: 'met', label: 'Tercapai', labelEn: 'Met', min: 100, color: '#1b5e20' },
      { id: 'not-met', label: 'Belum tercapai', labelEn: 'Not met', color: '#c62828' },
    ];
    const settings = { ...current, statusBands: twoBands };
    delete settings.revision;
    expect((await callAs('verifikator', 'PUT', settingsPath, { revision: 0, settings })).status).toBe(403);
    const saved = await callAs('perencana', 'PUT', settingsPath, { revision: 0, settings });
    expect(saved.status).toBe(200);
    expect(saved.body.revision).toBe(1);
    expect((await callAs('perencana', 'PUT', settingsPath, { revision: 0, settings })).status).toBe(409);

    const { body: table } = await callAs(
      'pengamat',
      'GET',
      '/api/agencies/dinsos-hss/years/2019/performance',
    );
    const bands = new Set(table.rows.map((row: { band: string | null }) => row.band).filter(Boolean));
    expect([...bands].every((band) => band === 'met' || band === 'not-met')).toBe(true);

    const broken = await callAs('perencana', 'PUT', settingsPath, {
      revision: 1,
      settings: { ...settings, statusBands: [{ ...twoBands[0], min: undefined }, twoBands[1]] },
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.issues[0].path).toBe('settings.statusBands.0.min');
  });

  it('lets the planner move a due date, on the record', async () => {
    const quarterPath = `/api/agencies/dinsos-hss/years/${openYear()}/quarters/4`;
    const dueAt = `${openYear() + 1}-01-15T23:59:00+08:00`;
    const moved = await callAs('perencana', 'PUT', `${quarterPath}/due-date`, { revision: 1, dueAt });
    expect(moved.status).toBe(200);
    expect(moved.body.dueAt).toBe(dueAt);
    expect(
      (await callAs('perencana', 'PUT', `${quarterPath}/due-date`, { revision: 2, dueAt: '15 Januari' }))
        .status,
    ).toBe(400);
    const { body } = await callAs('pengamat', 'GET', `${quarterPath}/audit`);
    expect(body.events.at(-1)).toMatchObject({
      action: 'setDueDate',
      actorId: 'perencana',
      changes: [{ path: 'dueAt', after: dueAt }],
    });
  });
});

describe('users of the agency', () => {
  const users = '/api/agencies/dinsos-hss/users';
  const newcomer = {
    email: 'kabid.baru@dinsos-hss.example',
    name: 'Fitriani, S.Sos',
    roles: ['division_head'],
    unitId: 'pemberdayaan-sosial',
    locale: 'id',
    remindersOff: false,
  };

  it('lets the planner add a division head who can then sign in and work on that unit only', async () => {
    expect((await callAs('verifikator', 'PUT', `${users}/kabid-baru`, newcomer)).status).toBe(403);
    const saved = await callAs('perencana', 'PUT', `${users}/kabid-baru`, newcomer);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      id: 'kabid-baru',
      agencyId: 'dinsos-hss',
      unitId: 'pemberdayaan-sosial',
    });
    const { body } = await callAs('pengamat', 'GET', users);
    expect(body.users.map((user: { id: string }) => user.id)).toContain('kabid-baru');
    const me = await callAs('kabid-baru', 'GET', '/api/me');
    expect(me.body.user.roles).toEqual(['division_head']);
  });

  it('refuses a division head without a unit, a taken email and a system admin, naming each field', async () => {
    const refused = await callAs('perencana', 'PUT', `${users}/orang-lain`, {
      ...newcomer,
      email: 'kepala@dinsos-hss.example',
      roles: ['division_head', 'admin'],
      unitId: 'no-such-unit',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
      'email',
      'roles',
      'unitId',
    ]);
  });
});
