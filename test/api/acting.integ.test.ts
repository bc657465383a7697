import { describe, expect, it } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import type { TActingOrder } from '../../shared/model/acting.js';
import { localDate } from '../../shared/reminders/local-day.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { dishub } from '../support/new-agency.js';
import { withSeededStore } from '../support/seeded-store.js';
import { recordSentCommands } from '../support/sent-commands.js';
import { verifyEveryPart } from '../support/submit-part.js';

withSeededStore();

// Every DynamoDB command this file's requests send, by name.
const sent = recordSentCommands();

const agency = { agencyId: 'dinsos-hss' };
const year = { ...agency, year: String(openYear()) };
/** A day counted from today in the agency's calendar (WITA). */
const day = (offset: number) =>
  localDate(new Date(Date.now() + offset * 86_400_000).toISOString(), 'Asia/Makassar');
const agencyApi = (userId: string) => clientAs(userId).agencies[':agencyId'];
const yearApi = (userId: string) => agencyApi(userId).years[':year'];
const partApi = (userId: string) => yearApi(userId).quarters[':quarter'].parts[':unitId'];
const appoint = (userId: string, order: TActingOrder) =>
  agencyApi(userId).acting.$post({ param: agency, json: order });
const plhHead: TActingOrder = {
  kind: 'plh',
  duty: 'head',
  userId: 'sekretaris',
  from: day(0),
  until: day(2),
};

describe('acting officials (Plt./Plh.)', () => {
  it("are appointed by whoever holds the duty's appointment, never by themselves, and only where nothing clashes", async () => {
    await expectError(appoint('perencana', plhHead), 403);
    await expectError(appoint('sekretaris', plhHead), 403);
    const issuesOf = async (order: TActingOrder) =>
      (await expectError(appoint('kepala-dinas', order), 400)).error.issues.map(
        (issue) => `${issue.path}: ${issue.message}`,
      );
    // A planner is not also the head; a verifier not also a division head; a head's stand-in prints rank and NIP.
    expect(await issuesOf({ ...plhHead, userId: 'perencana' })).toContain(
      'userId: perencana tidak sekaligus kepala di perangkat daerah yang sama',
    );
    expect(
      await issuesOf({
        ...plhHead,
        duty: 'division_head',
        unitId: 'pemberdayaan-sosial',
        userId: 'verifikator',
      }),
    ).toEqual(['userId: kepala bidang tidak sekaligus verifikator di perangkat daerah yang sama']);
    expect(await issuesOf({ ...plhHead, userId: 'pengamat' })).toEqual([
      'userId: catat dulu pangkat dan NIP-nya: keduanya dicetak di bawah tanda tangan',
    ]);
    expect(await issuesOf({ ...plhHead, from: day(-5), until: day(-3) })).toEqual([
      'until: tanggal ini sudah lewat',
    ]);
    expect(
      (await expectError(appoint('kepala-dinas', { ...plhHead, until: day(-1) }), 400)).error.issues,
    ).toEqual([{ path: 'until', message: expect.stringContaining('tanggal mulai') }]);
  });

  it('sign off in the head\'s place, on the record, as "Plh." with their own name, rank and NIP; ended early, no more', async () => {
    const appointed = await expectStatus(
      appoint('kepala-dinas', { ...plhHead, decree: '800/017/Dinsos/2026', reason: '  Cuti tahunan\u202e ' }),
      201,
    );
    expect(appointed).toMatchObject({
      kind: 'plh',
      duty: 'head',
      userId: 'sekretaris',
      createdBy: 'kepala-dinas',
      reason: 'Cuti tahunan',
    });
    // Why the head is away is on the record with the appointment, as every reason is.
    const settingsRecord = await expectStatus(
      yearApi('inspektorat').settings.audit.$get({
        query: {},
        param: { ...agency, year: appointed.createdAt.slice(0, 4) },
      }),
      200,
    );
    expect(settingsRecord.events.find((event) => event.action === 'appointActing')).toMatchObject({
      actorId: 'kepala-dinas',
      reason: 'Cuti tahunan',
    });
    // One stand-in per duty at a time.
    await expectError(appoint('admin', { ...plhHead, userId: 'kabid-perlindungan' }), 400);
    const me = await expectStatus(clientAs('sekretaris').me.$get(), 200);
    expect(me.acting).toEqual([{ agencyId: 'dinsos-hss', kind: 'plh', duty: 'head' }]);

    await verifyEveryPart({ year: openYear(), quarter: 3 });
    const q3 = { ...year, quarter: '3' };
    const signOff = (userId: string, transition: 'sign-off' | 'reopen', revision: number) =>
      yearApi(userId).quarters[':quarter'][':transition'].$post({
        param: { ...q3, transition },
        json: { revision, reason: 'Koreksi data penerima bantuan' },
      });
    const signed = await expectStatus(signOff('sekretaris', 'sign-off', 1), 200);
    expect(signed).toMatchObject({
      state: 'signed_off',
      signedOffBy: 'sekretaris',
      signedOffAs: {
        name: 'H. Muhammad Rusdi, S.Sos',
        rank: 'Pembina Tingkat I',
        nip: '197204151998031005',
        acting: 'plh',
      },
    });
    const { events } = await expectStatus(
      yearApi('inspektorat').quarters[':quarter'].audit.$get({ query: {}, param: q3 }),
      200,
    );
    expect(events.find((event) => event.action === 'signOff')).toMatchObject({
      actorId: 'sekretaris',
      acting: { kind: 'plh', duty: 'head' },
    });

    await expectStatus(
      agencyApi('kepala-dinas').acting[':actingId'].end.$post({
        param: { ...agency, actingId: appointed.id },
        json: { reason: 'Kepala Dinas kembali bertugas' },
      }),
      200,
    );
    await expectError(signOff('sekretaris', 'reopen', 2), 403);
    expect((await expectStatus(clientAs('sekretaris').me.$get(), 200)).acting).toEqual([]);
    const { assignments } = await expectStatus(agencyApi('pengamat').acting.$get({ param: agency }), 200);
    // Why it ended early stands beside it for every reader.
    expect(assignments.find((a) => a.id === appointed.id)).toMatchObject({
      endedBy: 'kepala-dinas',
      endReason: 'Kepala Dinas kembali bertugas',
    });
  });

  it("stand in for a division head on leave: the unit's part is theirs, on the record", async () => {
    const order: TActingOrder = {
      kind: 'plt',
      duty: 'division_head',
      unitId: 'pemberdayaan-sosial',
      userId: 'pengamat',
      from: day(0),
      until: day(5),
    };
    await expectError(appoint('verifikator', order), 403);
    await expectStatus(appoint('perencana', order), 201);
    const param = { ...year, quarter: '2', unitId: 'pemberdayaan-sosial' };
    const { part } = await expectStatus(partApi('pengamat').$get({ param }), 200);
    await expectStatus(
      partApi('pengamat').$put({ param, json: { revision: part.revision, entry: { budget: [] } } }),
      200,
    );
    await expectError(
      partApi('pengamat').$put({
        param: { ...param, unitId: 'sekretariat' },
        json: { revision: 1, entry: {} },
      }),
      403,
    );
    const { events } = await expectStatus(partApi('inspektorat').audit.$get({ query: {}, param }), 200);
    expect(events[0]).toMatchObject({
      action: 'saveDraft',
      actorId: 'pengamat',
      acting: { kind: 'plt', duty: 'division_head', unitId: 'pemberdayaan-sosial' },
    });
  });

  it('are told on the homes of the stand-in, wherever they work, and of the official they stand in for, with the tasks', async () => {
    const tasks = async (userId: string, agencyId: string) =>
      (await expectStatus(agencyApi(userId).tasks.$get({ param: { agencyId } }), 200)).acting;
    // A head with nothing to be told: their record and the years, as before the acting officials.
    await tasks('kepala-dinas', 'dinsos-hss');
    sent.length = 0;
    expect(await tasks('kepala-dinas', 'dinsos-hss')).toEqual([]);
    expect(sent).toEqual(['QueryCommand', 'QueryCommand']);

    await expectStatus(
      clientAs('admin-bappeda').regions[':regionId'].agencies.$post({
        param: { regionId: 'kab-hss' },
        json: dishub,
      }),
      201,
    );
    const order: TActingOrder = {
      kind: 'plt',
      duty: 'head',
      userId: 'kepala-dishub',
      from: day(1),
      until: day(3),
    };
    const plt = await expectStatus(appoint('admin-bappeda', order), 201);
    // The stand-in reads it on their own agency's home, the agency named.
    expect(await tasks('kepala-dishub', 'dishub-hss')).toEqual([
      {
        assignment: plt,
        standing: 'coming',
        side: 'carrying',
        agency: 'Dinas Sosial',
        absent: 'Hj. SITI ERMA, S.Sos, M.AP',
      },
    ]);
    expect(await tasks('kepala-dinas', 'dinsos-hss')).toEqual([
      {
        assignment: plt,
        standing: 'coming',
        side: 'carriedBy',
        agency: 'Dinas Sosial',
        standIn: {
          id: 'kepala-dishub',
          name: 'Ir. H. Gusti Rahman, M.T.',
          standing: 'elsewhere',
          agency: 'Dinas Perhubungan',
        },
      },
    ]);
    // A division head's stand-in (the test before) reads whom they stand in for, and the division head who.
    const kabid = await tasks('kabid-pemberdayaan', 'dinsos-hss');
    expect(kabid).toMatchObject([
      {
        standing: 'current',
        side: 'carriedBy',
        unit: 'Bidang Pemberdayaan Sosial',
        standIn: { name: 'Siti Aisyah' },
      },
    ]);
    expect(await tasks('pengamat', 'dinsos-hss')).toMatchObject([
      { standing: 'current', side: 'carrying', agency: 'Dinas Sosial', absent: 'Noor Hidayati, S.Sos' },
    ]);
  });

  it('are chosen by the region admin from every agency of the region in one request', async () => {
    const people = (userId: string) =>
      clientAs(userId).regions[':regionId'].people.$get({ param: { regionId: 'kab-hss' } });
    await expectError(people('kepala-dinas'), 403);
    await expectStatus(
      agencyApi('perencana').users[':userId'][':access'].$post({
        param: { ...agency, userId: 'kabid-perlindungan', access: 'disable' },
        json: {},
      }),
      200,
    );
    sent.length = 0;
    const { agencies } = await expectStatus(people('admin-bappeda'), 200);
    // The admin's record, the region's agencies, then each agency's people at once.
    expect(sent).toEqual(['QueryCommand', 'QueryCommand', 'QueryCommand', 'QueryCommand']);
    expect(agencies.map(({ agencyId, users }) => [agencyId, users.length])).toEqual([
      ['dinsos-hss', expect.any(Number)],
      ['dishub-hss', 2],
    ]);
    // Only who may still sign in: a division head disabled is not offered.
    const dinsos = agencies[0]?.users.map((user) => user.id) ?? [];
    expect(dinsos).toContain('sekretaris');
    expect(dinsos).not.toContain('kabid-perlindungan');
    // Only what the form lists and its rules read: no e-mail, preferences or sign-in binding.
    const fields = new Set(agencies.flatMap(({ users }) => users.flatMap((user) => Object.keys(user))));
    expect([...fields].sort()).toEqual(['agencyId', 'id', 'name', 'nip', 'rank', 'roles', 'unitId']);
    expect(agencies[0]?.users.find((user) => user.id === 'kepala-dinas')).toEqual({
      id: 'kepala-dinas',
      name: 'Hj. SITI ERMA, S.Sos, M.AP',
      roles: ['head'],
      agencyId: 'dinsos-hss',
      rank: expect.any(String),
      nip: expect.any(String),
    });
  });
});
