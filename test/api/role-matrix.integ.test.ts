import { beforeAll, describe, expect, it } from 'vitest';
import { putItems } from '../../functions/db/batch.js';
import { agencyEntity, regionEntity, userEntity } from '../../functions/db/entities.js';
import { openYear } from '../../functions/local/seed-demo.js';
import type { TUser } from '../../shared/model/organisation.js';
import { seedAgency, seedUsers } from '../../shared/seed/organisation.js';
import { callAs } from '../support/api-client.js';
import { completeEntry } from '../support/fill-part.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

// Another agency of the same region, and a viewer of another region.
const dinkes = {
  ...seedAgency,
  id: 'dinkes-hss',
  name: 'Dinas Kesehatan Kabupaten HSS',
  shortName: 'Dinas Kesehatan',
};
const foreigners: TUser[] = [
  {
    id: 'dinkes-perencana',
    email: 'perencana@dinkes-hss.example',
    name: 'Perencana Dinkes',
    roles: ['planner'],
    agencyId: dinkes.id,
    locale: 'id',
    remindersOff: false,
  },
  {
    id: 'dinkes-kepala',
    email: 'kepala@dinkes-hss.example',
    name: 'Kepala Dinkes',
    roles: ['head'],
    agencyId: dinkes.id,
    locale: 'id',
    remindersOff: false,
  },
  {
    id: 'dinkes-verifikator',
    email: 'verifikator@dinkes-hss.example',
    name: 'Verifikator Dinkes',
    roles: ['verifier'],
    agencyId: dinkes.id,
    locale: 'id',
    remindersOff: false,
  },
  {
    id: 'auditor-tapin',
    email: 'auditor@inspektorat-tapin.example',
    name: 'Inspektorat Tapin',
    roles: ['viewer'],
    regionId: 'kab-tapin',
    locale: 'id',
    remindersOff: false,
  },
];
beforeAll(async () => {
  await putItems([
    regionEntity.item({
      id: 'kab-tapin',
      name: 'Kabupaten Tapin',
      seat: 'Rantau',
      timeZone: 'Asia/Makassar',
    }),
    agencyEntity.item(dinkes),
    ...foreigners.map(userEntity.item),
  ]);
});

const everyone = [...seedUsers.map((user) => user.id), ...foreigners.map((user) => user.id)];
const members = seedUsers.map((user) => user.id);
const year = `/api/agencies/dinsos-hss/years/${openYear()}`;
const q1 = `${year}/quarters/1`;
const part = (unit: string) => `${q1}/parts/${unit}`;
const stale = { revision: 999 };
const users = '/api/agencies/dinsos-hss/users';
/** A colleague as the settings form sends them. */
const colleague = (id: string, roles: string[], unitId?: string) => ({
  email: `${id}@dinsos-hss.example`,
  name: `Pegawai ${id}`,
  roles,
  unitId,
  locale: 'id',
  remindersOff: false,
});

type TOperation = { name: string; method: string; path: string; body?: unknown; allowed: string[] };

const reads: TOperation[] = [
  '/api/agencies/dinsos-hss',
  '/api/agencies/dinsos-hss/settings',
  `${year}/agreement`,
  `${year}/agreement/versions/1/audit`,
  `${year}/performance`,
  `${year}/budget`,
  `${year}/quarters`,
  `${year}/dashboard`,
  part('sekretariat'),
  `${part('pemberdayaan-sosial')}/audit`,
  `${part('pemberdayaan-sosial')}/evidence`,
  `${q1}/audit`,
].map((path) => ({ name: `GET ${path}`, method: 'GET', path, allowed: members }));

const writes: TOperation[] = [
  {
    name: 'save own part',
    method: 'PUT',
    path: part('sekretariat'),
    body: { ...stale, entry: {} },
    allowed: ['sekretaris'],
  },
  {
    name: "save another unit's part",
    method: 'PUT',
    path: part('pemberdayaan-sosial'),
    body: { ...stale, entry: {} },
    allowed: ['kabid-pemberdayaan'],
  },
  {
    name: 'submit',
    method: 'POST',
    path: `${part('perlindungan-jaminan')}/submit`,
    body: stale,
    allowed: ['kabid-perlindungan'],
  },
  {
    name: 'withdraw',
    method: 'POST',
    path: `${part('pelayanan-rehabilitasi')}/withdraw`,
    body: stale,
    allowed: ['kabid-rehabilitasi'],
  },
  {
    name: 'verify',
    method: 'POST',
    path: `${part('sekretariat')}/verify`,
    body: stale,
    allowed: ['verifikator'],
  },
  {
    name: 'return',
    method: 'POST',
    path: `${part('sekretariat')}/return`,
    body: stale,
    allowed: ['verifikator'],
  },
  {
    name: 'head return',
    method: 'POST',
    path: `${part('sekretariat')}/head-return`,
    body: stale,
    allowed: ['kepala-dinas'],
  },
  { name: 'sign off', method: 'POST', path: `${q1}/sign-off`, body: stale, allowed: ['kepala-dinas'] },
  {
    name: 'reopen',
    method: 'POST',
    path: `${q1}/reopen`,
    body: { ...stale, reason: 'Koreksi data penerima' },
    allowed: ['kepala-dinas'],
  },
  {
    name: 'set a due date',
    method: 'PUT',
    path: `${q1}/due-date`,
    body: { ...stale, dueAt: '2030-01-01T00:00:00+08:00' },
    allowed: ['perencana'],
  },
  {
    name: 'save settings',
    method: 'PUT',
    path: '/api/agencies/dinsos-hss/settings',
    body: { ...stale, settings: {} },
    allowed: ['perencana'],
  },
  {
    name: 'submit the agreement',
    method: 'POST',
    path: `${year}/agreement/versions/1/submit`,
    body: stale,
    allowed: ['perencana'],
  },
  {
    name: 'sign the agreement',
    method: 'POST',
    path: `${year}/agreement/versions/1/sign`,
    body: stale,
    allowed: ['kepala-dinas'],
  },
  {
    name: 'add a division head',
    method: 'PUT',
    path: `${users}/calon-kabid`,
    body: colleague('calon-kabid', ['division_head'], 'sekretariat'),
    allowed: ['kepala-dinas', 'perencana', 'admin'],
  },
  {
    name: 'grant planner',
    method: 'PUT',
    path: `${users}/calon-perencana`,
    body: colleague('calon-perencana', ['planner']),
    allowed: ['kepala-dinas', 'admin'],
  },
  {
    name: 'grant verifier',
    method: 'PUT',
    path: `${users}/calon-verifikator`,
    body: colleague('calon-verifikator', ['verifier']),
    allowed: ['kepala-dinas', 'admin'],
  },
  {
    name: 'grant head',
    method: 'PUT',
    path: `${users}/calon-kepala`,
    body: colleague('calon-kepala', ['head']),
    allowed: ['admin'],
  },
  {
    name: 'upload evidence',
    method: 'POST',
    path: `${part('sekretariat')}/evidence`,
    body: { indicatorId: 'no-such-indicator', fileName: 'a.pdf', contentType: 'application/pdf', size: 10 },
    allowed: ['sekretaris'],
  },
];

describe('who may do what: every route × every role × own unit / other unit / other agency / other region', () => {
  for (const operation of [...reads, ...writes]) {
    it(operation.name, async () => {
      const outcomes: Record<string, string> = {};
      for (const userId of everyone) {
        const { status } = await callAs(userId, operation.method, operation.path, operation.body);
        expect(status, `${userId}: ${operation.method} ${operation.path}`).not.toBe(500);
        outcomes[userId] = status === 403 ? 'forbidden' : 'allowed';
      }
      const expected = Object.fromEntries(
        everyone.map((id) => [id, operation.allowed.includes(id) ? 'allowed' : 'forbidden']),
      );
      expect(outcomes).toEqual(expected);
    });
  }

  it('lists to each user the agencies they may read', async () => {
    const ids = async (userId: string) =>
      (await callAs(userId, 'GET', '/api/agencies')).body.agencies.map((a: { id: string }) => a.id).sort();
    expect(await ids('kepala-dinas')).toEqual(['dinsos-hss']);
    expect(await ids('inspektorat')).toEqual(['dinkes-hss', 'dinsos-hss']);
    expect(await ids('admin')).toEqual(['dinkes-hss', 'dinsos-hss']);
    expect(await ids('auditor-tapin')).toEqual([]);
  });

  it("keeps each agency's staff out of the others", async () => {
    for (const userId of members.filter((id) => id !== 'inspektorat' && id !== 'admin')) {
      expect((await callAs(userId, 'GET', '/api/agencies/dinkes-hss')).status).toBe(403);
    }
    expect((await callAs('inspektorat', 'GET', '/api/agencies/dinkes-hss')).status).toBe(200);
    expect((await callAs('dinkes-perencana', 'GET', '/api/agencies/dinkes-hss')).status).toBe(200);
  });
});

describe('separation of duties', () => {
  const me = async (userId: string) => (await callAs(userId, 'GET', '/api/me')).body.user;
  const asEntry = (user: TUser, roles: string[]) => ({
    ...colleague(user.id, roles, user.unitId),
    ...user,
    roles,
  });

  it('lets nobody change their own roles: not the planner make themself head', async () => {
    const planner = await me('perencana');
    const head = await me('kepala-dinas');
    for (const [user, roles] of [
      [planner, ['planner', 'head']],
      [head, ['head', 'verifier']],
      [head, ['viewer']],
    ] as const) {
      const refused = await callAs(user.id, 'PUT', `${users}/${user.id}`, asEntry(user, [...roles]));
      expect(refused.status, `${user.id} → ${roles.join(', ')}`).toBe(403);
    }
    expect((await me('perencana')).roles).toEqual(['planner']);
    expect((await me('kepala-dinas')).roles).toEqual(['head']);
  });

  it('refuses incompatible roles in one agency, naming the roles', async () => {
    const both = await callAs('kepala-dinas', 'PUT', `${users}/dua-peran`, {
      ...colleague('dua-peran', ['division_head', 'verifier'], 'sekretariat'),
    });
    expect(both.status).toBe(400);
    expect(both.body.error.issues).toEqual([
      { path: 'roles', message: expect.stringContaining('verifikator') },
    ]);
    const planningHead = await callAs(
      'admin',
      'PUT',
      `${users}/perencana`,
      asEntry(await me('perencana'), ['planner', 'head']),
    );
    expect(planningHead.status).toBe(400);
    expect(planningHead.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['roles']);
    expect((await me('perencana')).roles).toEqual(['planner']);
  });

  it('keeps whoever submitted a part from verifying it, and whoever verified one from signing off the quarter', async () => {
    const q2 = `${year}/quarters/2`;
    const { body: agreement } = await callAs('pengamat', 'GET', `${year}/agreement`);
    const signed = agreement.versions.find((v: { state: string }) => v.state === 'signed').agreement;
    const submit = async (userId: string, unitId: string) => {
      const { body } = await callAs(userId, 'GET', `${q2}/parts/${unitId}`);
      const saved = await callAs(userId, 'PUT', `${q2}/parts/${unitId}`, {
        revision: body.part.revision,
        entry: completeEntry(signed, unitId, 2),
      });
      const sent = await callAs(userId, 'POST', `${q2}/parts/${unitId}/submit`, {
        revision: saved.body.revision,
      });
      expect(sent.status).toBe(200);
      return sent.body;
    };
    // A division head submits, then moves to the planning unit as a verifier: not for their own part.
    const submitted = await submit('kabid-perlindungan', 'perlindungan-jaminan');
    const mover = await me('kabid-perlindungan');
    const moved = await callAs(
      'kepala-dinas',
      'PUT',
      `${users}/kabid-perlindungan`,
      asEntry(mover, ['verifier']),
    );
    expect(moved.status).toBe(200);
    const own = await callAs('kabid-perlindungan', 'POST', `${q2}/parts/perlindungan-jaminan/verify`, {
      revision: submitted.revision,
    });
    expect(own.status).toBe(403);
    expect(own.body.error.message).toContain('sendiri');
    const verified = await callAs('verifikator', 'POST', `${q2}/parts/perlindungan-jaminan/verify`, {
      revision: submitted.revision,
    });
    expect(verified.body).toMatchObject({
      state: 'verified',
      submittedBy: 'kabid-perlindungan',
      verifiedBy: 'verifikator',
    });

    // A head who also verifies (a small agency) verifies a part: someone else signs that quarter off.
    const head = await me('kepala-dinas');
    expect(
      (await callAs('admin', 'PUT', `${users}/kepala-dinas`, asEntry(head, ['head', 'verifier']))).status,
    ).toBe(200);
    const sekretariat = await submit('sekretaris', 'sekretariat');
    const byHead = await callAs('kepala-dinas', 'POST', `${q2}/parts/sekretariat/verify`, {
      revision: sekretariat.revision,
    });
    expect(byHead.body.state).toBe('verified');
    const signOff = await callAs('kepala-dinas', 'POST', `${q2}/sign-off`, { revision: 1 });
    expect(signOff.status).toBe(403);
    expect(signOff.body.error.message).toContain('sendiri');
  });
});
