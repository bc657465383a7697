import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { freshDinsos as freshAgency } from '../support/new-agency.js';
import { withSeededStore } from '../support/seeded-store.js';
import { uploadWorkbook } from '../support/workbook-files.js';

withSeededStore();

const year = '2019';
const agencyApi = (userId: string) => clientAs(userId).agencies[':agencyId'];
const agreementApi = (userId: string) => agencyApi(userId).years[':year'].agreement;

async function downloadTemplate(userId: string, agencyId: string): Promise<Uint8Array> {
  const { url } = await expectStatus(agreementApi(userId).template.$get({ param: { agencyId, year } }), 200);
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-disposition')).toContain('.xlsx');
  return new Uint8Array(await response.arrayBuffer());
}

async function upload(userId: string, agencyId: string, bytes: Uint8Array, fileName = 'PK 2019.xlsx') {
  const { uploadId } = await uploadWorkbook(userId, agencyId, fileName, bytes);
  return { uploadId, fileName };
}

/** The workbook with one cell changed, as a planner would in Excel. */
async function edited(bytes: Uint8Array, sheet: string, cell: string, value: ExcelJS.CellValue) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const found = workbook.getWorksheet(sheet) ?? expect.fail(`no sheet ${sheet}`);
  found.getCell(cell).value = value;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const contentOf = (record: {
  agreement: { objectives: unknown; programs: unknown; activities: unknown };
}) => ({
  objectives: record.agreement.objectives,
  programs: record.agreement.programs,
  activities: record.agreement.activities,
});

describe('the agreement from a workbook', () => {
  it('exported from the seed agency and imported into a fresh one, reproduces it figure for figure; one problem fixed, then signed', async () => {
    const seed = await expectStatus(
      agreementApi('perencana').$get({ param: { agencyId: 'dinsos-hss', year } }),
      200,
    );
    const source = seed.version ?? expect.fail('the seed has its 2019 agreement');
    const template = await downloadTemplate('perencana', 'dinsos-hss');
    await expectStatus(
      clientAs('admin-bappeda').regions[':regionId'].agencies.$post({
        param: { regionId: 'kab-hss' },
        json: freshAgency,
      }),
      201,
    );
    const param = { agencyId: freshAgency.id, year };

    // A slip typed the English way is reported at its cell, and nothing is stored.
    const slipped = await edited(template, 'Kegiatan', 'N2', '1.5');
    const withSlip = await upload('perencana-baru', freshAgency.id, slipped);
    const check = await expectStatus(
      agreementApi('perencana-baru').import.check.$post({ param, json: withSlip }),
      200,
    );
    expect(check.kind).toBe('murni');
    expect(check.problems).toEqual([
      {
        sheet: 'Kegiatan',
        row: 2,
        column: 'TW2',
        message:
          "Lembar 'Kegiatan', baris 2, kolom TW2: '1.5' — gunakan koma untuk desimal (mis. 1,5) dan titik untuk ribuan",
      },
    ]);
    const refused = await expectError(
      agreementApi('perencana-baru').import.$post({ param, json: withSlip }),
      400,
    );
    expect(refused.error.message).toBe('Berkas belum dapat diimpor: 1 masalah. Perbaiki lalu unggah lagi.');
    const none = await expectStatus(agreementApi('perencana-baru').$get({ param }), 200);
    expect(none.versions).toEqual([]);

    // The planner fixes it and uploads the workbook again.
    const fixed = await upload('perencana-baru', freshAgency.id, template);
    const preview = await expectStatus(
      agreementApi('perencana-baru').import.check.$post({ param, json: fixed }),
      200,
    );
    expect(preview.problems).toEqual([]);
    expect(preview.changes.every((change) => change.change === 'created')).toBe(true);
    expect(preview.changes.filter((change) => change.level === 'activity')).toHaveLength(
      source.agreement.activities.length,
    );
    const draft = await expectStatus(
      agreementApi('perencana-baru').import.$post({ param, json: fixed }),
      201,
    );
    expect(draft).toMatchObject({ version: 1, state: 'draft', agreement: { kind: 'murni' } });
    expect(contentOf(draft)).toEqual(contentOf(source));

    const step = (userId: string, transition: 'submit' | 'sign', revision: number) =>
      expectStatus(
        agreementApi(userId).versions[':version'][':transition'].$post({
          param: { ...param, version: '1', transition },
          json: { revision },
        }),
        200,
      );
    const submitted = await step('perencana-baru', 'submit', draft.revision);
    const signed = await step('kepala-baru', 'sign', submitted.revision);
    expect(signed.state).toBe('signed');
    expect(contentOf(signed)).toEqual(contentOf(source));
  });

  it('previews a revision against the version in force: one budget changed, nothing else', async () => {
    const template = await downloadTemplate('perencana', 'dinsos-hss');
    const changed = await upload(
      'perencana',
      'dinsos-hss',
      await edited(template, 'Kegiatan', 'E2', 1_000_000),
    );
    const param = { agencyId: 'dinsos-hss', year };
    const check = await expectStatus(
      agreementApi('perencana').import.check.$post({ param, json: changed }),
      200,
    );
    expect(check).toMatchObject({ kind: 'perubahan', version: 3, problems: [] });
    expect(check.changes).toEqual([
      expect.objectContaining({ change: 'changed', level: 'activity', fields: ['budget'] }),
    ]);
  });

  it('lists the first hundred problems of a file full of them and counts them all, in the check and the refusal', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await downloadTemplate('perencana', 'dinsos-hss')).buffer);
    const sheet = workbook.getWorksheet('Kegiatan') ?? expect.fail('no sheet Kegiatan');
    // Every indicator's quarter targets typed the English way.
    let count = 0;
    sheet.eachRow((row, r) => {
      if (r === 1 || !row.getCell('F').value) return;
      for (const column of ['M', 'N', 'O', 'P']) row.getCell(column).value = '1.5';
      count += 4;
    });
    expect(count).toBeGreaterThan(100);
    const slipped = await upload(
      'perencana',
      'dinsos-hss',
      new Uint8Array(await workbook.xlsx.writeBuffer()),
    );
    const param = { agencyId: 'dinsos-hss', year };
    const check = await expectStatus(
      agreementApi('perencana').import.check.$post({ param, json: slipped }),
      200,
    );
    expect(check.problemCount).toBe(count);
    expect(check.problems).toHaveLength(100);
    const refused = await expectError(agreementApi('perencana').import.$post({ param, json: slipped }), 400);
    expect(refused.error.message).toBe(
      `Berkas belum dapat diimpor: ${count} masalah. Perbaiki lalu unggah lagi.`,
    );
    expect(refused.error.issues).toHaveLength(100);
  });

  it('lets only the planner import; a division head may not', async () => {
    const param = { agencyId: 'dinsos-hss', year };
    await expectError(agreementApi('kabid-pemberdayaan').template.$get({ param }), 403);
    const bytes = new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer());
    const uploaded = await upload('kabid-pemberdayaan', 'dinsos-hss', bytes);
    await expectError(agreementApi('kabid-pemberdayaan').import.check.$post({ param, json: uploaded }), 403);
  });
});
