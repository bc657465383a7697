import { describe, expect, it } from 'vitest';
import { listPendingOutboxEvents } from '../../functions/db/outbox.js';
import { openYear } from '../../functions/local/seed-demo.js';
import type { TNewAgency } from '../../shared/model/onboarding.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { downloaded } from '../support/entry-sheet-workbook.js';
import { dishub } from '../support/new-agency.js';
import { withSeededStore } from '../support/seeded-store.js';
import { recordSentCommands } from '../support/sent-commands.js';

withSeededStore();

// Every DynamoDB command this file's requests send, by name.
const sent = recordSentCommands();

const year = openYear();
const region = { regionId: 'kab-hss' };
const createAgency = (userId: string, json: TNewAgency) =>
  clientAs(userId).regions[':regionId'].agencies.$post({ param: region, json });
const agencyApi = (userId: string) => clientAs(userId).agencies[':agencyId'];
const timeline = async (agencyId: string) =>
  (
    await expectStatus(
      agencyApi('admin-bappeda').years[':year'].settings.audit.$get({
        query: {},
        param: { agencyId, year: String(year) },
      }),
      200,
    )
  ).events;

describe('the region admin onboards an agency', () => {
  it('creates it with its units, appoints its head and planner, on the record, and invites both', async () => {
    for (const userId of ['bappeda', 'inspektorat', 'kepala-dinas', 'perencana'])
      await expectError(createAgency(userId, dishub), 403);

    const created = await expectStatus(createAgency('admin-bappeda', dishub), 201);
    expect(created.agency).toMatchObject({
      id: 'dishub-hss',
      regionId: 'kab-hss',
      timeZone: 'Asia/Makassar',
      head: { name: 'Ir. H. Gusti Rahman, M.T.', nip: '197005121995031002' },
    });
    const read = await expectStatus(agencyApi('bappeda').$get({ param: { agencyId: 'dishub-hss' } }), 200);
    expect(read.units.map((unit) => unit.id).sort()).toEqual(['angkutan', 'lalu-lintas', 'sekretariat']);
    const users = await expectStatus(
      agencyApi('kepala-dishub').users.$get({ param: { agencyId: 'dishub-hss' } }),
      200,
    );
    expect(users.users.map((user) => [user.id, user.roles])).toEqual([
      ['perencana-dishub', ['planner']],
      ['kepala-dishub', ['head']],
    ]);
    const events = await timeline('dishub-hss');
    // The head signed in above, which binds their account: on the record too.
    expect(events.map((event) => `${event.action} by ${event.actorId}`).sort()).toEqual([
      'addUser by admin-bappeda',
      'addUser by admin-bappeda',
      'bindSignIn by kepala-dishub',
      'createAgency by admin-bappeda',
    ]);
    const invites = (await listPendingOutboxEvents()).filter((event) => event.kind === 'user.invite');
    expect(invites.map((event) => event.payload.userId).sort()).toEqual([
      'kepala-dishub',
      'perencana-dishub',
    ]);
    const listed = await expectStatus(clientAs('inspektorat').agencies.$get(), 200);
    expect(listed.agencies.map((agency) => agency.id)).toContain('dishub-hss');
    // On the region's dashboard at once, its quarters not yet open.
    const board = await expectStatus(
      clientAs('inspektorat').regions[':regionId'].years[':year'].board.$get({
        param: { ...region, year: String(year) },
      }),
      200,
    );
    expect(board.agencies.find((row) => row.agencyId === 'dishub-hss')).toMatchObject({ quarters: [] });
  });

  it("lets the new agency's planner start its agreement and staff it; its head stays the region's to appoint", async () => {
    const staff = agencyApi('perencana-dishub').users[':userId'];
    const kabid = {
      email: 'lalulintas@dishub-hss.example',
      name: 'Kabid Lalu Lintas',
      roles: ['division_head' as const],
      unitId: 'lalu-lintas',
      locale: 'id' as const,
      remindersOff: false,
    };
    await expectStatus(
      staff.$put({ param: { agencyId: 'dishub-hss', userId: 'kabid-lalu-lintas' }, json: kabid }),
      200,
    );
    await expectError(
      staff.$put({
        param: { agencyId: 'dishub-hss', userId: 'kepala-baru' },
        json: { ...kabid, email: 'x@dishub-hss.example', roles: ['head'] },
      }),
      403,
    );
    const draft = await expectStatus(
      agencyApi('perencana-dishub').years[':year'].agreement.versions.$post({
        param: { agencyId: 'dishub-hss', year: String(year) },
        json: {
          content: {
            objectives: [],
            programs: [{ code: '1', name: 'Program Lalu Lintas', unitId: 'lalu-lintas', indicators: [] }],
            activities: [],
          },
        },
      }),
      201,
    );
    expect(draft).toMatchObject({ version: 1, state: 'draft', agreement: { kind: 'murni' } });
  });

  it('refuses a taken id or address, two secretariats and one person as both head and planner, naming each field', async () => {
    const refused = await expectError(
      createAgency('admin-bappeda', {
        ...dishub,
        units: [...dishub.units, { id: 'sekretariat-2', name: 'Sekretariat Lain', kind: 'secretariat' }],
        head: { ...dishub.head, id: 'kepala-baru', email: 'perencana@dinsos-hss.example' },
      }),
      400,
    );
    expect(refused.error.issues.map((issue) => issue.path)).toEqual(['units']);
    const taken = await expectError(
      createAgency('admin-bappeda', {
        ...dishub,
        head: { ...dishub.head, id: 'kepala-baru', email: 'perencana@dinsos-hss.example' },
        planner: { ...dishub.planner, id: 'perencana' },
      }),
      400,
    );
    expect(taken.error.issues.map((issue) => issue.path)).toEqual([
      'id',
      'head.email',
      'planner.id',
      'planner.email',
    ]);
    const same = await expectError(
      createAgency('admin-bappeda', { ...dishub, id: 'lain', planner: { ...dishub.head } }),
      400,
    );
    expect(same.error.issues.map((issue) => issue.path)).toEqual(['planner.id', 'planner.email']);
  });
});

describe('restructuring keeps the years already signed', () => {
  const units = (userId: string) => agencyApi(userId).units;
  const agency = { agencyId: 'dinsos-hss' };

  it('renames a unit from a year on, never for a year with a quarter signed off', async () => {
    const rename = (fromYear: number) =>
      units('admin-bappeda')[':unitId'].rename.$post({
        param: { ...agency, unitId: 'pemberdayaan-sosial' },
        json: {
          name: 'Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin',
          fromYear,
          reason: 'Perbup 12/2025',
        },
      });
    await expectError(
      units('perencana')[':unitId'].rename.$post({
        param: { ...agency, unitId: 'sekretariat' },
        json: { name: 'Sekretariat Dinas', fromYear: year + 1 },
      }),
      403,
    );
    const early = await expectError(rename(2019), 400);
    expect(early.error.issues.map((issue) => issue.path)).toEqual(['fromYear']);
    const renamed = await expectStatus(rename(year + 1), 200);
    expect(renamed.formerNames).toEqual([{ name: 'Bidang Pemberdayaan Sosial', untilYear: year }]);
    const events = await timeline('dinsos-hss');
    expect(events[0]).toMatchObject({ action: 'renameUnit', reason: 'Perbup 12/2025' });
  });

  it('splits a unit between years: the old one reports to the end of the year, its successors after', async () => {
    const split = await expectStatus(
      units('admin-bappeda').$post({
        param: agency,
        json: {
          fromYear: year + 1,
          endedUnitIds: ['pelayanan-rehabilitasi'],
          units: [
            { id: 'rehabilitasi-sosial', name: 'Bidang Rehabilitasi Sosial', kind: 'division' },
            { id: 'pelayanan-sosial', name: 'Bidang Pelayanan Sosial', kind: 'division' },
          ],
        },
      }),
      201,
    );
    expect(split.units.map((unit) => unit.fromYear)).toEqual([year + 1, year + 1]);
    const read = await expectStatus(agencyApi('pengamat').$get({ param: agency }), 200);
    expect(read.units.find((unit) => unit.id === 'pelayanan-rehabilitasi')).toMatchObject({
      untilYear: year,
      successorIds: ['rehabilitasi-sosial', 'pelayanan-sosial'],
    });
    // This year's quarters still have the old unit's part.
    await expectStatus(
      agencyApi('kabid-rehabilitasi').years[':year'].quarters[':quarter'].parts[':unitId'].$get({
        param: { ...agency, year: String(year), quarter: '1', unitId: 'pelayanan-rehabilitasi' },
      }),
      200,
    );
    const again = await expectError(
      units('admin-bappeda').$post({
        param: agency,
        json: {
          fromYear: year + 2,
          endedUnitIds: ['pelayanan-rehabilitasi'],
          units: [{ id: 'rehabilitasi-sosial', name: 'X', kind: 'division' }],
        },
      }),
      400,
    );
    expect(again.error.issues.map((issue) => issue.path)).toEqual(['units.0.id', 'endedUnitIds.0']);
  });
});

describe('a person moves to another agency', () => {
  it("keeps what they did in the old agency and is on both agencies' record", async () => {
    const transfer = (userId: string) =>
      clientAs(userId).users[':userId'].transfer.$post({
        param: { userId: 'pengamat' },
        json: {
          toAgencyId: 'dishub-hss',
          roles: ['division_head'],
          unitId: 'angkutan',
          reason: 'SK Bupati 800/45',
        },
      });
    await expectError(transfer('kepala-dinas'), 403);
    await expectError(transfer('bappeda'), 403);
    const moved = await expectStatus(transfer('admin-bappeda'), 200);
    expect(moved).toMatchObject({ agencyId: 'dishub-hss', roles: ['division_head'], unitId: 'angkutan' });
    const dinsos = await expectStatus(
      agencyApi('perencana').users.$get({ param: { agencyId: 'dinsos-hss' } }),
      200,
    );
    expect(dinsos.users.map((user) => user.id)).not.toContain('pengamat');
    expect((await timeline('dinsos-hss'))[0]).toMatchObject({
      action: 'transferOut',
      reason: 'SK Bupati 800/45',
    });
    expect((await timeline('dishub-hss'))[0]).toMatchObject({ action: 'transferIn' });
    // The agencies come named with the record, for History to say where they were moved, with
    // the unit there (its id, "angkutan", is Dishub's: Dinsos's own units do not name it).
    const record = () =>
      agencyApi('kepala-dinas').years[':year'].settings.audit.$get({
        query: {},
        param: { agencyId: 'dinsos-hss', year: String(year) },
      });
    await expectStatus(record(), 200);
    sent.length = 0;
    const { agencies } = await expectStatus(record(), 200);
    expect(agencies).toEqual([
      { id: 'dinsos-hss', name: 'Dinas Sosial', units: [] },
      { id: 'dishub-hss', name: 'Dinas Perhubungan', units: [{ id: 'angkutan', name: 'Bidang Angkutan' }] },
    ]);
    // The reader's record and a page of the agency's own record (its settings' events and its
    // retried outbox events together, by moment): the agencies and their units come from those
    // the process keeps.
    expect(sent).toEqual(['QueryCommand', 'QueryCommand']);
    // The auditor's workbook names them so too.
    const { url } = await expectStatus(
      agencyApi('inspektorat').years[':year'].audit.workbook.$get({
        param: { agencyId: 'dinsos-hss', year: String(year) },
      }),
      200,
    );
    const sheet = (await downloaded(url)).getWorksheet(`Catatan ${year}`) ?? expect.fail('no sheet');
    const rows = sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));
    expect(rows.filter((row) => row[4] === 'Pegawai pindah keluar').map((row) => row.slice(8))).toEqual([
      ['Pengguna: Siti Aisyah › Perangkat daerah', 'Dinas Sosial', 'Dinas Perhubungan'],
      ['Pengguna: Siti Aisyah › Peran', 'Pengamat', 'Kepala Bidang'],
      ['Pengguna: Siti Aisyah › Unit', '–', 'Bidang Angkutan'],
    ]);
    // They now read their new agency and no longer the old one.
    await expectError(agencyApi('pengamat').$get({ param: { agencyId: 'dinsos-hss' } }), 403);
  });

  it("is named by the old agency's record still, as everyone who left is: by name, with where they stand now", async () => {
    await expectStatus(
      agencyApi('perencana').users[':userId'][':access'].$post({
        param: { agencyId: 'dinsos-hss', userId: 'kabid-perlindungan', access: 'disable' },
        json: { reason: 'Pensiun' },
      }),
      200,
    );
    const named = (ids: string) =>
      agencyApi('inspektorat').people.$get({ param: { agencyId: 'dinsos-hss' }, query: { ids } });
    const { people } = await expectStatus(
      named('pengamat,kabid-perlindungan,kepala-dinas,admin-bappeda,pengamat,nobody'),
      200,
    );
    expect(people).toEqual([
      { id: 'pengamat', name: 'Siti Aisyah', standing: 'elsewhere', agency: 'Dinas Perhubungan' },
      { id: 'kabid-perlindungan', name: 'Rahmadi, S.AP', standing: 'inactive' },
      { id: 'kepala-dinas', name: 'Hj. SITI ERMA, S.Sos, M.AP', standing: 'member' },
      { id: 'admin-bappeda', name: 'Admin Bappeda Kab. HSS', standing: 'member' },
    ]);
    await expectError(named(''), 400);
    // A part's page: the reader's record, then the people in one call (their agencies are kept).
    sent.length = 0;
    await expectStatus(named('kepala-dinas,pengamat,kabid-perlindungan'), 200);
    expect(sent).toEqual(['QueryCommand', 'BatchGetItemCommand']);
    // Only the agency's readers ask; the one who left reads it no more.
    await expectError(
      agencyApi('pengamat').people.$get({
        param: { agencyId: 'dinsos-hss' },
        query: { ids: 'kepala-dinas' },
      }),
      403,
    );
  });
});
