import { unmarshall } from '@aws-sdk/util-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { app } from '../../functions/api/app.js';
import { putItems } from '../../functions/db/batch.js';
import { dynamodb, tableName } from '../../functions/db/client.js';
import { auditEntity, outboxEntity } from '../../functions/db/entities.js';
import { scanItems } from '../../functions/db/table-scan.js';
import { openYear } from '../../functions/local/seed-demo.js';
import { drainOutbox } from '../../functions/outbox/drain-outbox.js';
import { outboxHandlers } from '../../functions/outbox-handlers.js';
import { historyMessages } from '../../shared/messages/web/history.js';
import type { TAuditEvent, TAuditSubject } from '../../shared/model/audit.js';
import type { TOutboxRecord } from '../../shared/model/outbox.js';
import { seedUsers } from '../../shared/seed/organisation.js';
import { headStandIn } from '../support/acting-order.js';
import { clientAs, expectStatus } from '../support/api-client.js';
import { agreementInForce, downloaded, filledInExcel } from '../support/entry-sheet-workbook.js';
import { headOf } from '../support/fill-part.js';
import { dishub } from '../support/new-agency.js';
import { withSeededStore } from '../support/seeded-store.js';
import { uploadWorkbook } from '../support/workbook-files.js';

withSeededStore();

// Every route that changes something leaves a record of who, when, what and (where the workflow
// asks) why: each is called once below as someone who may, and what it added to the record is read
// back from the table. A route added to the API document without a step here fails the first test.

/** The routes that store nothing of the agency's or region's state, and why they need no record. */
const leaveNoRecord: Record<string, string> = {
  requestWorkbookUpload: 'a link to upload a file to read; the upload is deleted after a day',
  requestEvidenceUpload:
    'a link to upload an evidence file; the file is on the record once it has arrived (confirmEvidenceUpload)',
  checkHandMadeReport: 'a check of an uploaded report; nothing stored',
  getCheckFindingsWorkbook: "a check's findings as a file to download; nothing stored",
  checkPartsFromWorkbook: 'what a fill would do; nothing stored',
  proposeAgreementImportMapping: 'a proposal; nothing stored',
  signInForDevelopment:
    "local mode's token for a seeded person; their account is linked at their first request, on the record (bindSignIn)",
  checkAgreementImport:
    "what an import would do; a mapping it confirms is remembered on the record (agreement-import-mapping's test)",
};

const agencyId = 'dinsos-hss';
const year = openYear();
const yearParam = { agencyId, year: String(year) };
const q1 = { ...yearParam, quarter: '1' };
const regionId = 'kab-hss';
const agencyApi = (userId: string) => clientAs(userId).agencies[':agencyId'];
const yearApi = (userId: string) => agencyApi(userId).years[':year'];
const quarterApi = (userId: string) => yearApi(userId).quarters[':quarter'];
const partApi = (userId: string) => quarterApi(userId).parts[':unitId'];
const versionApi = (userId: string) => yearApi(userId).agreement.versions[':version'];
const nameOf = (userId: string) => seedUsers.find((user) => user.id === userId)?.name;

const ZDocumentSchema = z.object({
  paths: z.record(
    z.string(),
    z.record(
      z.string(),
      z.object({
        operationId: z.string(),
        parameters: z
          .array(
            z.object({
              name: z.string(),
              in: z.string(),
              schema: z.object({ enum: z.array(z.string()).optional() }),
            }),
          )
          .default([]),
      }),
    ),
  ),
});

/** Every change the API document lists: a route by its operationId, one per value of an enumerated path parameter. */
async function changingRoutes(): Promise<string[]> {
  const document = ZDocumentSchema.parse(await (await app.request('/api/openapi.json')).json());
  return Object.values(document.paths).flatMap((item) =>
    Object.entries(item)
      .filter(([method]) => method !== 'get')
      .flatMap(([, operation]) => {
        const choices = operation.parameters.find((p) => p.in === 'path' && p.schema.enum)?.schema.enum;
        return choices
          ? choices.map((choice) => `${operation.operationId}:${choice}`)
          : [operation.operationId];
      }),
  );
}

/** Every event on every record, from the table itself. */
async function everyEvent(): Promise<TAuditEvent[]> {
  const events: TAuditEvent[] = [];
  for await (const page of scanItems(dynamodb, tableName)) {
    for (const raw of page) {
      const item = unmarshall(raw);
      if (String(item.pk).endsWith('#AUDIT')) events.push(auditEntity.parse(item));
    }
  }
  return events;
}

type TResponse = { status: number; json(): Promise<unknown> };
type TStep = {
  /** The operationId, with the path parameter's value where it has a choice ("transitionPart:submit"). */
  route: string;
  as: string;
  /** What the step needs first, done by others (its events are not the step's). */
  before?: () => Promise<unknown>;
  /** Reads what it needs, then makes the one change. */
  call: () => Promise<TResponse>;
  /** The reason the step gives, which the record must keep. */
  reason?: string;
  /** A subject the record must hold an event of, where others' events follow the change. */
  on?: TAuditSubject['kind'];
  /** A value changed that the record must name (by what it is of, not its place in a list). */
  changed?: RegExp;
};

/** Awaits a change made to prepare a step: it must succeed. */
const done = async (call: Promise<TResponse>) => {
  const response = await call;
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBeLessThan(300);
  return body;
};
const partOf = async (userId: string, unitId: string) =>
  (await expectStatus(partApi(userId).$get({ param: { ...q1, unitId } }), 200)).part;
const quarterOf = async (quarter: number) =>
  (await expectStatus(yearApi('kepala-dinas').quarters.$get({ param: yearParam }), 200)).quarters.find(
    (q) => q.quarter === quarter,
  ) ?? expect.fail(`no quarter ${quarter}`);
const headOfUnit = (unitId: string) => headOf[unitId] ?? expect.fail(`no head of ${unitId}`);
const review = { comment: 'Lampirkan SK penerima.', indicatorComments: {} };
type TPartMove = 'submit' | 'withdraw' | 'verify' | 'return' | 'head-return';
const movePart = async (userId: string, unitId: string, transition: TPartMove) => {
  const { revision } = await partOf(userId, unitId);
  const withReview = transition === 'return' || transition === 'head-return';
  return partApi(userId)[':transition'].$post({
    param: { ...q1, unitId, transition },
    json: withReview ? { revision, review } : { revision },
  });
};
const submitted = (unitId: string) => done(movePart(headOfUnit(unitId), unitId, 'submit'));
const verified = async (unitId: string) => {
  await submitted(unitId);
  await done(movePart('verifikator', unitId, 'verify'));
};
type TQuarterMove = 'sign-off' | 'reopen' | 'accept' | 'send-back';
const moveQuarter = async (userId: string, transition: TQuarterMove, reason?: string) =>
  quarterApi(userId)[':transition'].$post({
    param: { ...q1, transition },
    json: { revision: (await quarterOf(1)).revision, reason },
  });
type TVersionMove = 'submit' | 'withdraw' | 'return' | 'sign';
const moveVersion = async (userId: string, version: number, transition: TVersionMove, reason?: string) => {
  const { versions } = await expectStatus(yearApi(userId).agreement.$get({ param: yearParam }), 200);
  const revision =
    versions.find((v) => v.version === version)?.revision ?? expect.fail(`no version ${version}`);
  return versionApi(userId)[':transition'].$post({
    param: { ...yearParam, version: String(version), transition },
    json: { revision, reason },
  });
};
const calendar = () => expectStatus(yearApi('admin-bappeda').calendar.$get({ param: yearParam }), 200);
const colleague = {
  email: 'arsip@dinsos-hss.example',
  name: 'Staf Arsip',
  roles: ['viewer' as const],
  locale: 'id' as const,
  remindersOff: false,
};
const failedEvent = (id: string, scope: { agencyId: string } | { scope: 'region'; regionId: string }) =>
  outboxEntity.item({
    id,
    kind: 'part.submit',
    ...scope,
    year,
    createdAt: new Date().toISOString(),
    payload: { quarter: 1, unitId: 'sekretariat' },
    state: 'failed',
    attempts: 8,
    lastError: 'SES rejected the address',
    failedAt: new Date().toISOString(),
  } as TOutboxRecord);
const units = Object.keys(headOf);
const unit = 'perlindungan-jaminan';
const head = headOfUnit(unit);
let actingId = '';

const steps: TStep[] = [
  {
    route: 'savePreferences',
    as: 'pengamat',
    call: () => clientAs('pengamat').me.$put({ json: { remindersOff: true } }),
  },
  {
    route: 'fillPartsFromWorkbook',
    as: 'perencana',
    call: async () => {
      const { url } = await expectStatus(
        quarterApi('perencana')['entry-sheet'].$get({ param: q1, query: {} }),
        200,
      );
      const bytes = await filledInExcel(await downloaded(url), await agreementInForce(agencyId, year), 1);
      const upload = await uploadWorkbook('perencana', agencyId, 'TW1.xlsx', bytes);
      const revisions = Object.fromEntries(units.map((unitId) => [unitId, 1]));
      return quarterApi('perencana').parts.$post({ param: q1, json: { ...upload, revisions } });
    },
  },
  {
    route: 'savePart',
    as: head,
    call: async () => {
      const { revision, content } = await partOf(head, unit);
      const [first, ...rest] = content.realisations;
      const realisations = first ? [{ ...first, explanation: 'Data dari SK penerima' }, ...rest] : rest;
      return partApi(head).$put({
        param: { ...q1, unitId: unit },
        json: { revision, entry: { realisations } },
      });
    },
  },
  {
    route: 'confirmEvidenceUpload',
    as: head,
    call: async () => {
      const indicatorId = (await partOf(head, unit)).content.realisations[0]?.indicatorId ?? '';
      const bytes = new TextEncoder().encode('%PDF-1.4 SK penerima');
      const requested = await expectStatus(
        partApi(head).evidence.$post({
          param: { ...q1, unitId: unit },
          json: {
            indicatorId,
            fileName: 'SK penerima.pdf',
            contentType: 'application/pdf',
            size: bytes.length,
          },
        }),
        201,
      );
      await fetch(requested.uploadUrl, { method: 'PUT', headers: requested.uploadHeaders, body: bytes });
      return partApi(head).evidence[':evidenceId'].confirm.$post({
        param: { ...q1, unitId: unit, evidenceId: requested.evidence.id },
      });
    },
  },
  {
    route: 'removeEvidence',
    as: head,
    call: async () => {
      const param = { ...q1, unitId: unit };
      const { evidence } = await expectStatus(partApi(head).evidence.$get({ param }), 200);
      const file = evidence.find((e) => e.fileName === 'SK penerima.pdf') ?? expect.fail('no file');
      return partApi(head).evidence[':evidenceId'].$delete({
        param: { ...param, evidenceId: file.id },
        json: { reason: 'SK tahun lalu, salah unggah' },
      });
    },
    reason: 'SK tahun lalu, salah unggah',
    changed: /^evidence\./,
  },
  { route: 'transitionPart:submit', as: head, call: () => movePart(head, unit, 'submit') },
  { route: 'transitionPart:withdraw', as: head, call: () => movePart(head, unit, 'withdraw') },
  {
    route: 'transitionPart:return',
    as: 'verifikator',
    before: () => submitted(unit),
    call: () => movePart('verifikator', unit, 'return'),
    reason: review.comment,
  },
  {
    route: 'transitionPart:verify',
    as: 'verifikator',
    before: () => submitted(unit),
    call: () => movePart('verifikator', unit, 'verify'),
  },
  {
    route: 'transitionPart:head-return',
    as: 'kepala-dinas',
    call: () => movePart('kepala-dinas', unit, 'head-return'),
    reason: review.comment,
  },
  {
    route: 'transitionQuarter:sign-off',
    as: 'kepala-dinas',
    before: async () => {
      for (const unitId of units) await verified(unitId);
    },
    call: () => moveQuarter('kepala-dinas', 'sign-off'),
  },
  {
    route: 'transitionQuarter:reopen',
    as: 'kepala-dinas',
    call: () => moveQuarter('kepala-dinas', 'reopen', 'Koreksi data penerima'),
    reason: 'Koreksi data penerima',
  },
  {
    route: 'transitionQuarter:send-back',
    as: 'admin-bappeda',
    before: () => done(moveQuarter('kepala-dinas', 'sign-off')),
    call: () => moveQuarter('admin-bappeda', 'send-back', 'Realisasi belum sesuai SP2D'),
    reason: 'Realisasi belum sesuai SP2D',
  },
  {
    route: 'transitionQuarter:accept',
    as: 'admin-bappeda',
    before: () => done(moveQuarter('kepala-dinas', 'sign-off')),
    call: () => moveQuarter('admin-bappeda', 'accept'),
  },
  {
    route: 'regenerateReports',
    as: 'perencana',
    call: () =>
      yearApi('perencana').reports.regenerate.$post({ param: yearParam, json: { quarter: 1, locale: 'en' } }),
  },
  {
    route: 'regenerateRegionReports',
    as: 'admin-bappeda',
    // The acceptance's compilation of the region's files runs first, as the outbox runs it.
    before: async () => {
      while ((await drainOutbox(outboxHandlers)).processed > 0);
    },
    call: () =>
      clientAs('admin-bappeda').regions[':regionId'].years[':year'].reports.regenerate.$post({
        param: { regionId, year: String(year) },
        json: { quarter: 1, locale: 'en', reason: 'Kunjungan mitra' },
      }),
    reason: 'Kunjungan mitra',
  },
  {
    route: 'grantExtension',
    as: 'admin-bappeda',
    call: async () => {
      const { revision, deadline } =
        (await calendar()).quarters.find((q) => q.quarter === 4) ?? expect.fail('no TW4');
      const dueDate = new Date(Date.parse(deadline) + 7 * 86_400_000).toISOString().slice(0, 10);
      return quarterApi('admin-bappeda').extension.$put({
        param: { ...yearParam, quarter: '4' },
        json: { revision, dueDate, reason: 'Surat Kepala Dinas Nomor 005/123' },
      });
    },
    reason: 'Surat Kepala Dinas Nomor 005/123',
  },
  {
    route: 'saveHolidays',
    // Its own event on the region's record, besides the deadlines it moves on the agencies'.
    on: 'calendar',
    as: 'admin-bappeda',
    call: async () => {
      const { revision } = (await calendar()).holidays;
      return clientAs('admin-bappeda').regions[':regionId'].holidays.$put({
        param: { regionId },
        json: {
          year,
          revision,
          holidays: [{ date: `${year}-12-24`, name: 'Cuti bersama Natal', kind: 'cuti_bersama' }],
        },
      });
    },
  },
  {
    route: 'saveDeadlineRule',
    on: 'calendar',
    as: 'admin-bappeda',
    call: async () =>
      clientAs('admin-bappeda').regions[':regionId']['deadline-rule'].$put({
        param: { regionId },
        json: {
          revision: (await calendar()).rule.revision,
          workingDays: 7,
          decree: 'Perbup HSS Nomor 12 Tahun 2026',
        },
      }),
  },
  {
    route: 'saveSettings',
    as: 'perencana',
    call: async () => {
      const { revision, ...settings } = await expectStatus(
        agencyApi('perencana').settings.$get({ param: { agencyId } }),
        200,
      );
      const reminders = { ...settings.reminders, sweepHour: 9 };
      return agencyApi('perencana').settings.$put({
        param: { agencyId },
        json: { revision, settings: { ...settings, reminders } },
      });
    },
  },
  {
    route: 'saveUser',
    as: 'perencana',
    call: () =>
      agencyApi('perencana').users[':userId'].$put({
        param: { agencyId, userId: 'staf-arsip' },
        json: colleague,
      }),
  },
  ...(
    [
      ['disable', 'Pensiun'],
      ['enable', 'Diaktifkan kembali'],
    ] as const
  ).map(([access, reason]) => ({
    route: `setUserAccess:${access}`,
    as: 'perencana',
    call: () =>
      agencyApi('perencana').users[':userId'][':access'].$post({
        param: { agencyId, userId: 'staf-arsip', access },
        json: { reason },
      }),
    reason,
  })),
  {
    route: 'appointActing',
    as: 'kepala-dinas',
    call: async () => {
      const response = await agencyApi('kepala-dinas').acting.$post({
        param: { agencyId },
        json: headStandIn,
      });
      actingId = z.object({ id: z.string() }).parse(await response.clone().json()).id;
      return response;
    },
  },
  {
    route: 'endActing',
    as: 'kepala-dinas',
    call: () =>
      agencyApi('kepala-dinas').acting[':actingId'].end.$post({
        param: { agencyId, actingId },
        json: { reason: 'Batal cuti' },
      }),
    reason: 'Batal cuti',
  },
  {
    route: 'renameUnit',
    as: 'admin-bappeda',
    call: () =>
      agencyApi('admin-bappeda').units[':unitId'].rename.$post({
        param: { agencyId, unitId: 'sekretariat' },
        json: { name: 'Sekretariat Dinas Sosial', fromYear: year + 1 },
      }),
  },
  {
    route: 'restructureUnits',
    as: 'admin-bappeda',
    call: () =>
      agencyApi('admin-bappeda').units.$post({
        param: { agencyId },
        json: { fromYear: year + 1, units: [{ id: 'bidang-baru', name: 'Bidang Baru', kind: 'division' }] },
      }),
  },
  {
    route: 'createAgency',
    as: 'admin-bappeda',
    call: () =>
      clientAs('admin-bappeda').regions[':regionId'].agencies.$post({
        param: { regionId },
        json: dishub,
      }),
  },
  {
    route: 'transferUser',
    as: 'admin-bappeda',
    call: () =>
      clientAs('admin-bappeda').users[':userId'].transfer.$post({
        param: { userId: 'staf-arsip' },
        json: { toAgencyId: dishub.id, roles: ['viewer'] },
      }),
  },
  {
    route: 'retryFailedOutboxEvent',
    as: 'perencana',
    before: () => putItems([failedEvent('ev-agency', { agencyId })]),
    call: () =>
      agencyApi('perencana').outbox.failed[':eventId'].retry.$post({
        param: { agencyId, eventId: 'ev-agency' },
        json: { reason: 'Alamat sudah diperbaiki' },
      }),
    reason: 'Alamat sudah diperbaiki',
  },
  {
    route: 'retryRegionFailedOutboxEvent',
    as: 'admin-bappeda',
    before: () => putItems([failedEvent('ev-region', { scope: 'region', regionId })]),
    call: () =>
      clientAs('admin-bappeda').regions[':regionId'].outbox.failed[':eventId'].retry.$post({
        param: { regionId, eventId: 'ev-region' },
        json: { reason: 'Bucket sudah diperbaiki' },
      }),
    reason: 'Bucket sudah diperbaiki',
  },
  {
    route: 'importAgreementDraft',
    as: 'perencana',
    call: async () => {
      const { url } = await expectStatus(
        yearApi('perencana').agreement.template.$get({ param: yearParam }),
        200,
      );
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      const upload = await uploadWorkbook('perencana', agencyId, 'PK.xlsx', bytes);
      return yearApi('perencana').agreement.import.$post({ param: yearParam, json: upload });
    },
    reason: 'diimpor dari lembar kerja PK.xlsx',
    // What it started from: the version it revises.
    changed: /^revises$/,
  },
  {
    route: 'saveAgreementDraft',
    as: 'perencana',
    call: async () => {
      const { versions } = await expectStatus(yearApi('perencana').agreement.$get({ param: yearParam }), 200);
      const { version } = versions.find((v) => v.state === 'draft') ?? expect.fail('no draft');
      const { version: draft } = await expectStatus(
        versionApi('perencana').$get({ param: { ...yearParam, version: String(version) } }),
        200,
      );
      if (!draft) return expect.fail('no draft');
      const [first, ...rest] = draft.agreement.objectives;
      const objectives = first ? [{ ...first, name: `${first.name} (perubahan)` }, ...rest] : rest;
      const { programs, activities } = draft.agreement;
      return versionApi('perencana').$put({
        param: { ...yearParam, version: String(draft.version) },
        json: { revision: draft.revision, content: { objectives, programs, activities } },
      });
    },
    changed: /^objective\.[^.]+\.name$/,
  },
];

// The PK Perubahan the import made (version 2), through its workflow; then a third from it.
steps.push(
  {
    route: 'transitionAgreementVersion:submit',
    as: 'perencana',
    call: () => moveVersion('perencana', 2, 'submit'),
  },
  {
    route: 'transitionAgreementVersion:return',
    as: 'kepala-dinas',
    call: () => moveVersion('kepala-dinas', 2, 'return', 'Target TW2 belum sesuai DPA'),
    reason: 'Target TW2 belum sesuai DPA',
  },
  {
    route: 'transitionAgreementVersion:withdraw',
    as: 'perencana',
    before: () => done(moveVersion('perencana', 2, 'submit')),
    call: () => moveVersion('perencana', 2, 'withdraw'),
  },
  {
    route: 'transitionAgreementVersion:sign',
    as: 'kepala-dinas',
    before: () => done(moveVersion('perencana', 2, 'submit')),
    call: () => moveVersion('kepala-dinas', 2, 'sign'),
  },
  {
    route: 'createAgreementDraft',
    as: 'perencana',
    call: () => yearApi('perencana').agreement.versions.$post({ param: yearParam, json: {} }),
    changed: /^revises$/,
  },
);

/** The words the history shows for an action, in either language (an action without is shown by its internal name). */
const hasWords = (action: string) =>
  Boolean(historyMessages.id.actions[action] && historyMessages.en.actions[action]);

describe('the record of every change (who, when, what and why)', () => {
  beforeAll(async () => {
    // Signed in before the steps, so that no step's record holds someone's first sign-in.
    for (const user of seedUsers) if (user.id !== 'pengamat') await clientAs(user.id).me.$get();
  });

  it('has a step below for every route of the API document that changes something', async () => {
    const listed = [...steps.map((step) => step.route), ...Object.keys(leaveNoRecord)];
    expect(listed.sort()).toEqual((await changingRoutes()).sort());
  });

  for (const step of steps) {
    it(`${step.route} (${step.as})`, async () => {
      await step.before?.();
      const seen = new Set((await everyEvent()).map((event) => event.id));
      const from = new Date().toISOString();
      const response = await step.call();
      const until = new Date().toISOString();
      expect(response.status, JSON.stringify(await response.json())).toBeLessThan(300);
      const added = (await everyEvent()).filter((event) => !seen.has(event.id));
      expect(added, 'no event on any record').not.toEqual([]);
      for (const event of added) {
        const said = `${event.action} on ${JSON.stringify(event.subject)}`;
        expect({ by: event.actorId, name: event.actorName }, said).toEqual({
          by: step.as,
          name: nameOf(step.as),
        });
        expect(event.at >= from && event.at <= until, `${said} at ${event.at}`).toBe(true);
        expect(hasWords(event.action), `${said}: no words for it`).toBe(true);
        const what = event.toState !== undefined || event.changes.length > 0;
        expect(what, `${said}: neither a state nor a value changed`).toBe(true);
      }
      if (step.reason) expect(added.map((event) => event.reason)).toContain(step.reason);
      if (step.on) expect(added.map((event) => event.subject.kind)).toContain(step.on);
      if (step.changed) {
        const paths = added.flatMap((event) => event.changes.map((change) => change.path));
        expect(paths, `no change matching ${step.changed}`).toContainEqual(
          expect.stringMatching(step.changed),
        );
      }
    });
  }
});

describe("the region's people", () => {
  it("have their first sign-in and their choices on the region's record, as agency staff have on the agency's", async () => {
    const record = async () =>
      (
        await expectStatus(
          clientAs('inspektorat').regions[':regionId'].years[':year'].audit.$get({
            query: {},
            param: { regionId, year: String(year) },
          }),
          200,
        )
      ).events.filter((event) => event.actorId === 'inspektorat');
    // Signed in before the steps above, for the first time.
    expect(await record()).toEqual([
      expect.objectContaining({
        action: 'bindSignIn',
        actorName: nameOf('inspektorat'),
        changes: [expect.objectContaining({ path: 'users.inspektorat.sub', before: null })],
      }),
    ]);
    await expectStatus(clientAs('inspektorat').me.$put({ json: { locale: 'en' } }), 200);
    expect((await record())[0]).toMatchObject({
      action: 'updatePreferences',
      changes: [{ path: 'locale', before: 'id', after: 'en' }],
    });
    // The same choice again changes nothing: nothing on the record.
    const events = (await record()).length;
    await expectStatus(clientAs('inspektorat').me.$put({ json: { locale: 'en' } }), 200);
    expect(await record()).toHaveLength(events);
  });
});

describe("the year's whole record as a workbook", () => {
  it('gives the Inspektorat every event of the steps above, a row per value changed, at local times, in their language', async () => {
    const events = (await everyEvent()).filter(
      (event) => 'agencyId' in event && event.agencyId === agencyId && event.year === year,
    );
    const rowsOfEvents = events.reduce((n, event) => n + Math.max(1, event.changes.length), 0);
    for (const [lang, name] of [
      ['id', `Catatan ${year}`],
      ['en', `Record ${year}`],
    ] as const) {
      const { url } = await expectStatus(
        clientAs('inspektorat', { lang }).agencies[':agencyId'].years[':year'].audit.workbook.$get({
          param: yearParam,
        }),
        200,
      );
      const sheet = (await downloaded(url)).getWorksheet(name) ?? expect.fail(`no sheet ${name}`);
      const rows = sheet
        .getSheetValues()
        .slice(2)
        .map((row) => (Array.isArray(row) ? row.slice(1) : []));
      expect(rows).toHaveLength(rowsOfEvents);
      expect(rows.every((row) => /^\d{4}-\d\d-\d\d \d\d\.\d\d\.\d\d$/.test(String(row[0])))).toBe(true);
      const returned =
        rows.find((row) => row[6] === review.comment) ?? expect.fail('the return is not in it');
      expect(returned.slice(1, 6)).toEqual([
        nameOf('verifikator'),
        undefined,
        `${lang === 'id' ? 'Triwulan I' : 'Quarter 1'} · Bidang Perlindungan dan Jaminan Sosial`,
        lang === 'id' ? 'Dikembalikan' : 'Returned',
        lang === 'id' ? 'Dikirim → Dikembalikan' : 'Submitted → Returned',
      ]);
      // A file removed from its part: the step, why, and which file of which indicator, in words.
      const removed =
        rows.find((row) => row[6] === 'SK tahun lalu, salah unggah') ??
        expect.fail('the removal is not in it');
      expect(removed[4]).toBe(lang === 'id' ? 'Data dukung dihapus' : 'Evidence removed');
      expect(removed[8]).toMatch(lang === 'id' ? /^Data dukung: \S+ \S/ : /^Evidence: \S+ \S/);
      expect(removed.slice(9)).toEqual(['“SK penerima.pdf”', '–']);
    }
  });
});

describe("the seed's record", () => {
  it('says where each of 2019’s versions, quarters and parts came from: loaded, not typed in Capaian', async () => {
    const year2019 = { agencyId, year: '2019' };
    const part = await expectStatus(
      yearApi('inspektorat').quarters[':quarter'].parts[':unitId'].audit.$get({
        query: {},
        param: { ...year2019, quarter: '2', unitId: 'sekretariat' },
      }),
      200,
    );
    expect(part.events).toEqual([
      expect.objectContaining({
        action: 'seed',
        actorName: 'Data awal (dimuat, tidak diisi di Capaian)',
        toState: 'verified',
      }),
    ]);
    const perubahan = await expectStatus(
      yearApi('inspektorat').agreement.versions[':version'].audit.$get({
        query: {},
        param: { ...year2019, version: '2' },
      }),
      200,
    );
    expect(perubahan.events.map((event) => [event.action, event.toState])).toEqual([['seed', 'signed']]);
  });
});
