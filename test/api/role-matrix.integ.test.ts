import { beforeAll, describe, expect, it } from 'vitest';
import { putItems } from '../../functions/db/batch.js';
import { agencyEntity, regionEntity, userEntity } from '../../functions/db/entities.js';
import { openYear } from '../../functions/local/seed-demo.js';
import type { TRole, TUser } from '../../shared/model/organisation.js';
import { seedAgency, seedUsers } from '../../shared/seed/organisation.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
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
const agency = { agencyId: 'dinsos-hss' };
const year = { ...agency, year: String(openYear()) };
const q1 = { ...year, quarter: '1' };
const part = (unitId: string) => ({ ...q1, unitId });
const stale = { revision: 999 };
const agencyApi = (userId: string) => clientAs(userId).agencies[':agencyId'];
const yearApi = (userId: string) => agencyApi(userId).years[':year'];
const partApi = (userId: string) => yearApi(userId).quarters[':quarter'].parts[':unitId'];
const regionYear = { regionId: 'kab-hss', year: '2019' };
const regionFiles = (userId: string) => clientAs(userId).regions[':regionId'].years[':year'].reports;
const versionApi = (userId: string) => yearApi(userId).agreement.versions[':version'];
/** A colleague as the settings form sends them. */
const colleague = (id: string, roles: TRole[], unitId?: string) => ({
  email: `${id}@dinsos-hss.example`,
  name: `Pegawai ${id}`,
  roles,
  unitId,
  locale: 'id' as const,
  remindersOff: false,
});
const saveUser = (userId: string, id: string, json: Omit<TUser, 'id' | 'agencyId' | 'regionId'>) =>
  agencyApi(userId).users[':userId'].$put({ param: { ...agency, userId: id }, json });

const setAccess = (userId: string, id: string, access: 'disable' | 'enable') =>
  agencyApi(userId).users[':userId'][':access'].$post({ param: { ...agency, userId: id, access }, json: {} });

type TOperation = { name: string; call: (userId: string) => Promise<{ status: number }>; allowed: string[] };
const read = (name: string, call: TOperation['call']): TOperation => ({ name, call, allowed: members });

const reads: TOperation[] = [
  read('the agency', (u) => agencyApi(u).$get({ param: agency })),
  read('its settings', (u) => agencyApi(u).settings.$get({ param: agency })),
  read('the agreement', (u) => yearApi(u).agreement.$get({ param: year })),
  read("a version's audit", (u) => versionApi(u).audit.$get({ query: {}, param: { ...year, version: '1' } })),
  read('the performance table', (u) => yearApi(u).performance.$get({ param: year, query: {} })),
  read('the budget table', (u) => yearApi(u).budget.$get({ param: year, query: {} })),
  read('the trends', (u) => yearApi(u).trends.$get({ param: year })),
  read('the quarters', (u) => yearApi(u).quarters.$get({ param: year })),
  read('the dashboard', (u) => yearApi(u).dashboard.$get({ param: year, query: {} })),
  read('a part', (u) => partApi(u).$get({ param: part('sekretariat') })),
  read("a part's audit", (u) => partApi(u).audit.$get({ query: {}, param: part('pemberdayaan-sosial') })),
  read("a part's evidence", (u) => partApi(u).evidence.$get({ param: part('pemberdayaan-sosial') })),
  read("a quarter's audit", (u) => yearApi(u).quarters[':quarter'].audit.$get({ query: {}, param: q1 })),
  read('the people its record names', (u) =>
    agencyApi(u).people.$get({ param: agency, query: { ids: 'kepala-dinas,pengamat' } }),
  ),
  read("the year's whole record as a workbook", (u) => yearApi(u).audit.workbook.$get({ param: year })),
  // The region's compiled files: its own people only, as its dashboard (an unknown file is a 404 to them).
  ...[
    { name: "the region's compiled files", call: (u: string) => regionFiles(u).$get({ param: regionYear }) },
    {
      name: "a region's file download",
      call: (u: string) =>
        regionFiles(u)[':fileId'].download.$get({ param: { ...regionYear, fileId: 'MQ' } }),
    },
    {
      name: "the region's record",
      call: (u: string) =>
        clientAs(u).regions[':regionId'].years[':year'].audit.$get({ query: {}, param: regionYear }),
    },
    {
      name: "the region's failed events",
      call: (u: string) =>
        clientAs(u).regions[':regionId'].outbox.failed.$get({ param: { regionId: 'kab-hss' }, query: {} }),
    },
  ].map((operation) => ({ ...operation, allowed: ['admin-bappeda', 'bappeda', 'inspektorat', 'admin'] })),
  // Whom the region admin may appoint a Plt. head from: the region's people, its administrators only.
  {
    name: "the region's people",
    call: (u) => clientAs(u).regions[':regionId'].people.$get({ param: { regionId: 'kab-hss' } }),
    allowed: ['admin-bappeda', 'admin'],
  },
];

type TPartMove = 'submit' | 'withdraw' | 'verify' | 'return' | 'head-return';
const movePart = (unitId: string, transition: TPartMove) => (u: string) =>
  partApi(u)[':transition'].$post({ param: { ...part(unitId), transition }, json: stale });
const moveVersion = (transition: 'submit' | 'sign') => (u: string) =>
  versionApi(u)[':transition'].$post({ param: { ...year, version: '1', transition }, json: stale });

const writes: TOperation[] = [
  {
    name: 'save own part',
    call: (u) => partApi(u).$put({ param: part('sekretariat'), json: { ...stale, entry: {} } }),
    allowed: ['sekretaris'],
  },
  {
    name: "save another unit's part",
    call: (u) => partApi(u).$put({ param: part('pemberdayaan-sosial'), json: { ...stale, entry: {} } }),
    allowed: ['kabid-pemberdayaan'],
  },
  { name: 'submit', call: movePart('perlindungan-jaminan', 'submit'), allowed: ['kabid-perlindungan'] },
  { name: 'withdraw', call: movePart('pelayanan-rehabilitasi', 'withdraw'), allowed: ['kabid-rehabilitasi'] },
  { name: 'verify', call: movePart('sekretariat', 'verify'), allowed: ['verifikator'] },
  { name: 'return', call: movePart('sekretariat', 'return'), allowed: ['verifikator'] },
  { name: 'head return', call: movePart('sekretariat', 'head-return'), allowed: ['kepala-dinas'] },
  {
    name: 'sign off',
    call: (u) =>
      yearApi(u).quarters[':quarter'][':transition'].$post({
        param: { ...q1, transition: 'sign-off' },
        json: stale,
      }),
    allowed: ['kepala-dinas'],
  },
  {
    name: 'reopen',
    call: (u) =>
      yearApi(u).quarters[':quarter'][':transition'].$post({
        param: { ...q1, transition: 'reopen' },
        json: { ...stale, reason: 'Koreksi data penerima' },
      }),
    allowed: ['kepala-dinas'],
  },
  {
    name: "accept a quarter (the Bappeda's step)",
    call: (u) =>
      yearApi(u).quarters[':quarter'][':transition'].$post({
        param: { ...q1, transition: 'accept' },
        json: stale,
      }),
    allowed: ['admin-bappeda'],
  },
  {
    name: 'send a quarter back',
    call: (u) =>
      yearApi(u).quarters[':quarter'][':transition'].$post({
        param: { ...q1, transition: 'send-back' },
        json: { ...stale, reason: 'Angka realisasi belum sesuai' },
      }),
    allowed: ['admin-bappeda'],
  },
  {
    name: 'extend a deadline',
    call: (u) =>
      yearApi(u).quarters[':quarter'].extension.$put({
        param: q1,
        json: { ...stale, dueDate: `${openYear()}-04-30`, reason: 'Surat Kepala Dinas' },
      }),
    allowed: ['admin-bappeda', 'admin'],
  },
  {
    name: "ask for the region's files in English",
    call: (u) =>
      regionFiles(u).regenerate.$post({
        param: regionYear,
        json: { quarter: 1, locale: 'en', reason: 'Kunjungan mitra' },
      }),
    allowed: ['admin-bappeda', 'admin'],
  },
  {
    // None has failed: a 404 to those who may, a 403 to the others.
    name: "retry a region's failed event",
    call: (u) =>
      clientAs(u).regions[':regionId'].outbox.failed[':eventId'].retry.$post({
        param: { regionId: 'kab-hss', eventId: 'none' },
        json: { reason: 'Sudah diperbaiki' },
      }),
    allowed: ['admin-bappeda', 'admin'],
  },
  {
    name: "save the region's holidays",
    call: (u) =>
      clientAs(u).regions[':regionId'].holidays.$put({
        param: { regionId: 'kab-hss' },
        json: { ...stale, year: openYear(), holidays: [] },
      }),
    allowed: ['admin-bappeda', 'admin'],
  },
  {
    name: "set the region's deadline rule",
    call: (u) =>
      clientAs(u).regions[':regionId']['deadline-rule'].$put({
        param: { regionId: 'kab-hss' },
        json: { ...stale, workingDays: 5 },
      }),
    allowed: ['admin-bappeda', 'admin'],
  },
  {
    name: 'save settings',
    call: (u) => agencyApi(u).settings.$put({ param: agency, json: { ...stale, settings: {} } }),
    allowed: ['perencana'],
  },
  { name: 'submit the agreement', call: moveVersion('submit'), allowed: ['perencana'] },
  { name: 'sign the agreement', call: moveVersion('sign'), allowed: ['kepala-dinas'] },
  {
    name: 'add a division head',
    call: (u) => saveUser(u, 'calon-kabid', colleague('calon-kabid', ['division_head'], 'sekretariat')),
    allowed: ['kepala-dinas', 'perencana', 'admin-bappeda', 'admin'],
  },
  {
    name: 'grant planner',
    call: (u) => saveUser(u, 'calon-perencana', colleague('calon-perencana', ['planner'])),
    allowed: ['kepala-dinas', 'admin-bappeda', 'admin'],
  },
  {
    name: 'grant verifier',
    call: (u) => saveUser(u, 'calon-verifikator', colleague('calon-verifikator', ['verifier'])),
    allowed: ['kepala-dinas', 'admin-bappeda', 'admin'],
  },
  {
    name: 'grant head',
    call: (u) => saveUser(u, 'calon-kepala', colleague('calon-kepala', ['head'])),
    allowed: ['admin-bappeda', 'admin'],
  },
  {
    name: 'disable a division head',
    call: (u) => setAccess(u, 'calon-kabid', 'disable'),
    allowed: ['kepala-dinas', 'perencana', 'admin-bappeda', 'admin'],
  },
  {
    name: 'disable a head',
    call: (u) => setAccess(u, 'calon-kepala', 'disable'),
    allowed: ['admin-bappeda', 'admin'],
  },
  {
    // Days ahead, so that the matrix's other steps run without a stand-in in force.
    name: 'appoint an acting head',
    call: (u) =>
      agencyApi(u).acting.$post({
        param: agency,
        json: { kind: 'plh', duty: 'head', userId: 'sekretaris', from: '2099-01-05', until: '2099-01-06' },
      }),
    allowed: ['kepala-dinas', 'admin-bappeda', 'admin'],
  },
  {
    name: 'appoint an acting division head',
    call: (u) =>
      agencyApi(u).acting.$post({
        param: agency,
        json: {
          kind: 'plt',
          duty: 'division_head',
          unitId: 'perlindungan-jaminan',
          userId: 'pengamat',
          from: '2099-01-05',
          until: '2099-01-06',
        },
      }),
    allowed: ['kepala-dinas', 'perencana', 'admin-bappeda', 'admin'],
  },
  {
    name: 'create an agency, appointing its head and planner',
    call: (u) =>
      clientAs(u).regions[':regionId'].agencies.$post({
        param: { regionId: 'kab-hss' },
        json: {
          id: 'disdik-hss',
          name: 'Dinas Pendidikan Kabupaten HSS',
          shortName: 'Dinas Pendidikan',
          units: [{ id: 'sekretariat', name: 'Sekretariat', kind: 'secretariat' }],
          head: {
            id: 'kepala-disdik',
            email: 'kepala@disdik.example',
            name: 'Kepala',
            rank: 'Pembina',
            nip: '197001011995031001',
          },
          planner: { id: 'perencana-disdik', email: 'perencana@disdik.example', name: 'Perencana' },
        },
      }),
    allowed: ['admin-bappeda', 'admin'],
  },
  {
    name: 'rename a unit from next year',
    call: (u) =>
      agencyApi(u).units[':unitId'].rename.$post({
        param: { ...agency, unitId: 'sekretariat' },
        json: { name: 'Sekretariat Dinas Sosial', fromYear: openYear() + 1 },
      }),
    allowed: ['admin-bappeda', 'admin'],
  },
  {
    name: 'split or merge units from next year',
    call: (u) =>
      agencyApi(u).units.$post({
        param: agency,
        json: {
          fromYear: openYear() + 1,
          units: [{ id: 'bidang-baru', name: 'Bidang Baru', kind: 'division' }],
        },
      }),
    allowed: ['admin-bappeda', 'admin'],
  },
  {
    name: 'upload evidence',
    call: (u) =>
      partApi(u).evidence.$post({
        param: part('sekretariat'),
        json: {
          indicatorId: 'no-such-indicator',
          fileName: 'a.pdf',
          contentType: 'application/pdf',
          size: 10,
        },
      }),
    allowed: ['sekretaris'],
  },
  {
    name: 'take in an uploaded evidence file',
    call: (u) =>
      partApi(u).evidence[':evidenceId'].confirm.$post({
        param: { ...part('sekretariat'), evidenceId: '00000000-0000-4000-8000-000000000000' },
      }),
    allowed: ['sekretaris'],
  },
  {
    name: 'remove an evidence file',
    call: (u) =>
      partApi(u).evidence[':evidenceId'].$delete({
        param: { ...part('sekretariat'), evidenceId: '00000000-0000-4000-8000-000000000000' },
        json: { reason: 'Salah unggah' },
      }),
    allowed: ['sekretaris'],
  },
];

// Last, as it moves someone out of the agency: the region admin transfers people between agencies.
writes.push({
  name: 'move a person to another agency',
  call: (u) =>
    clientAs(u).users[':userId'].transfer.$post({
      param: { userId: 'calon-kabid' },
      json: { toAgencyId: 'dinkes-hss', roles: ['viewer'] },
    }),
  allowed: ['admin-bappeda', 'admin'],
});

describe('who may do what: every route × every role × own unit / other unit / other agency / other region', () => {
  for (const operation of [...reads, ...writes]) {
    it(operation.name, async () => {
      const outcomes: Record<string, string> = {};
      for (const userId of everyone) {
        const { status } = await operation.call(userId);
        expect(status, `${userId}: ${operation.name}`).not.toBe(500);
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
      (await expectStatus(clientAs(userId).agencies.$get(), 200)).agencies.map((a) => a.id).sort();
    expect(await ids('kepala-dinas')).toEqual(['dinsos-hss']);
    // The region admin created Dinas Pendidikan above.
    const region = ['dinkes-hss', 'dinsos-hss', 'disdik-hss'];
    for (const userId of ['inspektorat', 'bappeda', 'admin-bappeda', 'admin'])
      expect(await ids(userId), userId).toEqual(region);
    expect(await ids('auditor-tapin')).toEqual([]);
  });

  it("keeps each agency's staff out of the others", async () => {
    const dinkes = (userId: string) => agencyApi(userId).$get({ param: { agencyId: 'dinkes-hss' } });
    const readsAcross = ['inspektorat', 'bappeda', 'admin-bappeda', 'admin'];
    for (const userId of members.filter((id) => !readsAcross.includes(id))) {
      await expectError(dinkes(userId), 403);
    }
    await expectStatus(dinkes('inspektorat'), 200);
    await expectStatus(dinkes('dinkes-perencana'), 200);
  });
});

describe('separation of duties', () => {
  const me = async (userId: string) => (await expectStatus(clientAs(userId).me.$get(), 200)).user;
  const asEntry = (user: TUser, roles: TRole[]) => ({
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
      const refused = await saveUser(user.id, user.id, asEntry(user, [...roles]));
      expect(refused.status, `${user.id} → ${roles.join(', ')}`).toBe(403);
    }
    expect((await me('perencana')).roles).toEqual(['planner']);
    expect((await me('kepala-dinas')).roles).toEqual(['head']);
  });

  it('refuses incompatible roles in one agency, naming the roles', async () => {
    const both = await expectError(
      saveUser(
        'kepala-dinas',
        'dua-peran',
        colleague('dua-peran', ['division_head', 'verifier'], 'sekretariat'),
      ),
      400,
    );
    expect(both.error.issues).toEqual([{ path: 'roles', message: expect.stringContaining('verifikator') }]);
    const planningHead = await expectError(
      saveUser('admin', 'perencana', asEntry(await me('perencana'), ['planner', 'head'])),
      400,
    );
    expect(planningHead.error.issues.map((issue) => issue.path)).toEqual(['roles']);
    expect((await me('perencana')).roles).toEqual(['planner']);
  });

  it('keeps whoever submitted a part from verifying it, and whoever verified one from signing off the quarter', async () => {
    const q2 = { ...year, quarter: '2' };
    const agreement = await expectStatus(yearApi('pengamat').agreement.$get({ param: year }), 200);
    const signed = agreement.version?.agreement ?? expect.fail('none signed');
    const move = (userId: string, unitId: string, transition: 'submit' | 'verify', revision: number) =>
      partApi(userId)[':transition'].$post({ param: { ...q2, unitId, transition }, json: { revision } });
    const submit = async (userId: string, unitId: string) => {
      const { part } = await expectStatus(partApi(userId).$get({ param: { ...q2, unitId } }), 200);
      const saved = await expectStatus(
        partApi(userId).$put({
          param: { ...q2, unitId },
          json: { revision: part.revision, entry: completeEntry(signed, unitId, 2) },
        }),
        200,
      );
      return expectStatus(move(userId, unitId, 'submit', saved.revision), 200);
    };
    // A division head submits, then moves to the planning unit as a verifier: not for their own part.
    const submitted = await submit('kabid-perlindungan', 'perlindungan-jaminan');
    const mover = await me('kabid-perlindungan');
    await expectStatus(saveUser('kepala-dinas', 'kabid-perlindungan', asEntry(mover, ['verifier'])), 200);
    const own = await expectError(
      move('kabid-perlindungan', 'perlindungan-jaminan', 'verify', submitted.revision),
      403,
    );
    expect(own.error.message).toContain('sendiri');
    const verified = await expectStatus(
      move('verifikator', 'perlindungan-jaminan', 'verify', submitted.revision),
      200,
    );
    expect(verified).toMatchObject({
      state: 'verified',
      submittedBy: 'kabid-perlindungan',
      verifiedBy: 'verifikator',
    });

    // A head who also verifies (a small agency) verifies a part: someone else signs that quarter off.
    const head = await me('kepala-dinas');
    await expectStatus(saveUser('admin', 'kepala-dinas', asEntry(head, ['head', 'verifier'])), 200);
    const sekretariat = await submit('sekretaris', 'sekretariat');
    const byHead = await expectStatus(
      move('kepala-dinas', 'sekretariat', 'verify', sekretariat.revision),
      200,
    );
    expect(byHead.state).toBe('verified');
    const signOff = await expectError(
      yearApi('kepala-dinas').quarters[':quarter'][':transition'].$post({
        param: { ...q2, transition: 'sign-off' },
        json: { revision: 1 },
      }),
      403,
    );
    expect(signOff.error.message).toContain('sendiri');
  });
});
