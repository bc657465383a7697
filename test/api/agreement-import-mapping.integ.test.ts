import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documents, tableName } from '../../functions/db/client.js';
import { queryItems } from '../../functions/db/query.js';
import { unplacedColumns } from '../../shared/agreement-workbook/column-mapping.js';
import { addUser, clientAs, expectError, expectStatus } from '../support/api-client.js';
import { handMadeLayoutXlsx } from '../support/hand-made-layout-xlsx.js';
import { freshDinsos } from '../support/new-agency.js';
import { withSeededStore } from '../support/seeded-store.js';
import { uploadWorkbook } from '../support/workbook-files.js';

withSeededStore();

const year = '2019';
const agreementApi = (userId: string, lang?: 'id' | 'en') =>
  clientAs(userId, { lang }).agencies[':agencyId'].years[':year'].agreement;

/** The agency's PK typed by hand, its budget column headed with words the reader does not know. */
const ownLayout = () => handMadeLayoutXlsx({ Pagu: 'Dana (Rp)' });

async function uploaded(userId: string, agencyId: string) {
  const { uploadId } = await uploadWorkbook(userId, agencyId, 'PK 2019.xlsx', await ownLayout());
  return { uploadId, fileName: 'PK 2019.xlsx' };
}

describe('the mapping step of a hand-made agreement workbook', () => {
  it('is proposed, confirmed, remembered for the agency’s next upload of the layout, and unseen by another agency', async () => {
    const param = { agencyId: 'dinsos-hss', year };
    const first = await uploaded('perencana', 'dinsos-hss');
    const proposal = await expectStatus(
      agreementApi('perencana').import.mapping.$post({ param, json: first }),
      200,
    );
    expect(proposal).toMatchObject({ template: false, remembered: null });
    expect(proposal.mapping.activities).toMatchObject({ sheet: 'Kegiatan', headerRow: 3 });
    expect(proposal.mapping.activities.columns.budget).toBeUndefined();
    const activities = proposal.levels.find((level) => level.level === 'activities');
    expect(unplacedColumns(activities?.columns ?? [], proposal.mapping.activities)).toEqual([
      { column: 'E', header: 'Dana (Rp)', sample: '15.959.915.800' },
    ]);

    // Confirmed as proposed, the budget has no column: a 400 naming it, in either language.
    const incomplete = { ...first, mapping: proposal.mapping };
    const refused = await expectError(
      agreementApi('perencana').import.check.$post({ param, json: incomplete }),
      400,
    );
    expect(refused.error.message).toBe(
      "Pemetaan kolom belum lengkap atau bertabrakan. Pilih kolom untuk 'Anggaran' (lembar Kegiatan).",
    );
    const inEnglish = await expectError(
      agreementApi('perencana', 'en').import.check.$post({ param, json: incomplete }),
      400,
    );
    expect(inEnglish.error.message).toBe(
      "The column mapping is incomplete or overlaps. Choose the column of 'Budget' (sheet Kegiatan).",
    );
    const columns = proposal.mapping.activities.columns;
    const twice = {
      ...proposal.mapping,
      activities: { ...proposal.mapping.activities, columns: { ...columns, budget: 'E', tw2: columns.tw1 } },
    };
    const overlapping = await expectError(
      agreementApi('perencana').import.check.$post({ param, json: { ...first, mapping: twice } }),
      400,
    );
    expect(overlapping.error.issues).toEqual([
      {
        path: 'mapping.activities',
        message: "Kolom M dipilih untuk 'TW I' dan 'TW II': satu kolom hanya untuk satu isian.",
      },
    ]);

    // The planner chooses "Dana (Rp)" for the budget: the usual problems and preview follow.
    const chosen = {
      ...proposal.mapping,
      activities: { ...proposal.mapping.activities, columns: { ...columns, budget: 'E' } },
    };
    const check = await expectStatus(
      agreementApi('perencana').import.check.$post({ param, json: { ...first, mapping: chosen } }),
      200,
    );
    expect(check.problems).toEqual([]);
    expect(check.mappingRevision).toBe(1);

    // The next upload of the same layout is proposed with the mapping remembered, and read by it.
    const second = await uploaded('perencana', 'dinsos-hss');
    const again = await expectStatus(
      agreementApi('perencana').import.mapping.$post({ param, json: second }),
      200,
    );
    // Shown with the planner's name, not their id.
    expect(again.remembered).toEqual({ by: 'Rina Maulida, S.E.', at: expect.any(String), revision: 1 });
    expect(again.mapping).toEqual(chosen);
    const againActivities = again.levels.find((level) => level.level === 'activities');
    expect(unplacedColumns(againActivities?.columns ?? [], again.mapping.activities)).toEqual([]);
    const draft = await expectStatus(agreementApi('perencana').import.$post({ param, json: second }), 201);
    expect(draft.agreement.activities).toEqual([
      expect.objectContaining({ code: '1.1', budget: 15_959_915_800 }),
    ]);

    // Another agency's planner uploading the same layout is proposed it afresh.
    await expectStatus(
      clientAs('admin-bappeda').regions[':regionId'].agencies.$post({
        param: { regionId: 'kab-hss' },
        json: freshDinsos,
      }),
      201,
    );
    const theirs = await uploaded('perencana-baru', freshDinsos.id);
    const elsewhere = await expectStatus(
      agreementApi('perencana-baru').import.mapping.$post({
        param: { agencyId: freshDinsos.id, year },
        json: theirs,
      }),
      200,
    );
    expect(elsewhere.remembered).toBeNull();
    expect(elsewhere.mapping.activities.columns.budget).toBeUndefined();
  });

  it('is confirmed against the revision the planner saw: of two planners confirming at once, one is told who was first', async () => {
    const param = { agencyId: 'dinsos-hss', year };
    await addUser('kepala-dinas', 'dinsos-hss', {
      id: 'perencana-dua',
      email: 'perencana.dua@dinsos-hss.example',
      name: 'Dewi Lestari, S.E.',
      roles: ['planner'],
    });
    const layout = () => handMadeLayoutXlsx({ Pagu: 'Dana Kegiatan' });
    const [mine, theirs] = await Promise.all(
      ['perencana', 'perencana-dua'].map(async (userId) => {
        const { uploadId } = await uploadWorkbook(userId, 'dinsos-hss', 'PK.xlsx', await layout());
        return { uploadId, fileName: 'PK.xlsx' };
      }),
    );
    const proposal = await expectStatus(
      agreementApi('perencana').import.mapping.$post({ param, json: mine ?? expect.fail() }),
      200,
    );
    expect(proposal.remembered).toBeNull();
    const activities = proposal.mapping.activities;
    const columns = { ...activities.columns, budget: 'E' };
    // Two choices for the activities' unit: the sheet's column, or one unit for all its rows.
    const choices = {
      perencana: { ...proposal.mapping, activities: { ...activities, columns } },
      'perencana-dua': {
        ...proposal.mapping,
        activities: {
          ...activities,
          unitId: 'pemberdayaan-sosial',
          columns: { ...columns, activityUnit: undefined },
        },
      },
    };
    const uploads = { perencana: mine ?? expect.fail(), 'perencana-dua': theirs ?? expect.fail() };
    const names = { perencana: 'Rina Maulida, S.E.', 'perencana-dua': 'Dewi Lestari, S.E.' };
    const planners = ['perencana', 'perencana-dua'] as const;
    const confirm = (userId: (typeof planners)[number], mappingRevision: number) =>
      agreementApi(userId).import.check.$post({
        param,
        json: { ...uploads[userId], mapping: choices[userId], mappingRevision },
      });
    // Both saw no mapping, and confirm theirs at the same moment.
    const answers = await Promise.all(planners.map((userId) => confirm(userId, 0)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const loser = planners[answers.findIndex((answer) => !answer.ok)] ?? expect.fail();
    const winner = loser === 'perencana' ? 'perencana-dua' : 'perencana';
    const lost = await expectError(answers[planners.indexOf(loser)] ?? expect.fail(), 409);
    expect(lost.error.message).toBe(
      `Pemetaan kolom untuk tata letak ini baru saja dikonfirmasi oleh ${names[winner]}. Unggah berkas lagi untuk melihat pemetaan itu, lalu konfirmasi.`,
    );
    // Shown the winner's mapping, the loser may confirm theirs against it; the same again writes nothing.
    const shown = await expectStatus(
      agreementApi(loser).import.mapping.$post({ param, json: uploads[loser] }),
      200,
    );
    expect(shown.remembered).toEqual({ by: names[winner], at: expect.any(String), revision: 1 });
    expect(shown.mapping).toEqual(JSON.parse(JSON.stringify(choices[winner])));
    expect((await expectStatus(confirm(loser, 1), 200)).mappingRevision).toBe(2);
    expect((await expectStatus(confirm(loser, 1), 200)).mappingRevision).toBe(2);
    await expectError(confirm(winner, 1), 409);
  });

  it('reads a mapping remembered before names and revisions were kept, and replaces it once', async () => {
    const param = { agencyId: 'dinsos-hss', year };
    const upload = await uploaded('perencana', 'dinsos-hss');
    const api = agreementApi('perencana');
    const proposal = await expectStatus(api.import.mapping.$post({ param, json: upload }), 200);
    const activities = proposal.mapping.activities;
    const mapping = {
      ...proposal.mapping,
      activities: { ...activities, columns: { ...activities.columns, budget: 'E' } },
    };
    await expectStatus(
      api.import.check.$post({ param, json: { ...upload, mapping, mappingRevision: 0 } }),
      200,
    );
    // As stored before 2026-12-02: the confirmer's id only, no revision.
    const [stored] = await queryItems({ partition: 'AGENCY#dinsos-hss#IMPORT_MAPPINGS' });
    await documents.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { pk: stored?.pk, sk: stored?.sk },
        UpdateExpression: 'REMOVE revision, confirmedByName',
      }),
    );
    const legacy = await expectStatus(api.import.mapping.$post({ param, json: upload }), 200);
    expect(legacy.remembered).toEqual({ by: 'perencana', at: expect.any(String), revision: 0 });
    const changed = {
      ...mapping,
      activities: {
        ...mapping.activities,
        unitId: 'sekretariat',
        columns: { ...mapping.activities.columns, activityUnit: undefined },
      },
    };
    const replaced = await expectStatus(
      api.import.check.$post({ param, json: { ...upload, mapping: changed, mappingRevision: 0 } }),
      200,
    );
    expect(replaced.mappingRevision).toBe(1);
    const now = await expectStatus(api.import.mapping.$post({ param, json: upload }), 200);
    expect(now.remembered).toEqual({ by: 'Rina Maulida, S.E.', at: expect.any(String), revision: 1 });
  });

  it('needs no mapping for Capaian’s own template, and is the planner’s step only', async () => {
    const param = { agencyId: 'dinsos-hss', year };
    const { url } = await expectStatus(agreementApi('perencana').template.$get({ param }), 200);
    const template = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const { uploadId } = await uploadWorkbook('perencana', 'dinsos-hss', 'PK.xlsx', template);
    const proposal = await expectStatus(
      agreementApi('perencana').import.mapping.$post({ param, json: { uploadId, fileName: 'PK.xlsx' } }),
      200,
    );
    expect(proposal).toMatchObject({ template: true, remembered: null });
    const theirs = await uploaded('kabid-pemberdayaan', 'dinsos-hss');
    await expectError(agreementApi('kabid-pemberdayaan').import.mapping.$post({ param, json: theirs }), 403);
  });
});
