import { GetObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { putItems } from '../functions/db/batch.js';
import { exampleItems } from '../functions/local/seed-examples.js';
import { drainOutbox } from '../functions/outbox/drain-outbox.js';
import { outboxHandlers } from '../functions/outbox-handlers.js';
import { generateRegionFiles } from '../functions/report-files/generate-region-files.js';
import { generateQuarterFiles } from '../functions/report-files/generate-report-files.js';
import { inspectPdf } from '../functions/reports/pdf/pdf-check.fixture.js';
import { readSheet, sheetCells, workbookNumbers } from '../functions/reports/xlsx/xlsx-read.fixture.js';
import { buckets, s3 } from '../functions/s3/client.js';
import { exampleAgencies } from '../shared/seed/example-agencies.js';
import { seedAgency, seedUsers } from '../shared/seed/organisation.js';
import { clientAs, expectError, expectStatus } from './support/api-client.js';
import { withSeededStore } from './support/seeded-store.js';

withSeededStore();

// The seed's Dinas Sosial has 2019 signed off in every quarter; the example agencies get a 2019 of
// their own, as npm start gives them the open year: on 20 October, TW1 and TW2 signed off.
const year = 2019;
const quarter = 2;
const agencies = [seedAgency, ...exampleAgencies.map(({ agency }) => agency)];
const agencyIds = agencies.map((agency) => agency.id);
const regionParam = { regionId: 'kab-hss', year: String(year) };
const regionApi = (userId: string) => clientAs(userId).regions[':regionId'].years[':year'].reports;

beforeAll(async () => {
  await putItems(exampleItems(year, new Date('2019-10-20T09:00:00+08:00')));
});

/** The Bappeda accepts the agency's signed-off quarter of 2019 (TW2 unless said), at the revision it reads. */
async function accept(agencyId: string, quarter: 1 | 2 | 3 | 4 = 2): Promise<void> {
  const api = clientAs('admin-bappeda').agencies[':agencyId'].years[':year'].quarters;
  const param = { agencyId, year: String(year) };
  const { quarters } = await expectStatus(api.$get({ param }), 200);
  const record =
    quarters.find((q) => q.quarter === quarter) ?? expect.fail(`${agencyId} has no TW${quarter}`);
  expect(record.state).toBe('signed_off');
  await expectStatus(
    api[':quarter'][':transition'].$post({
      param: { ...param, quarter: String(quarter), transition: 'accept' },
      json: { revision: record.revision },
    }),
    200,
  );
}

/** The Bappeda's (or another's) request for the region's files of a quarter in English. */
const request = (userId: string, q: 1 | 2 | 3 | 4) =>
  regionApi(userId).regenerate.$post({
    param: regionParam,
    json: { quarter: q, locale: 'en', reason: 'Kunjungan mitra' },
  });

/** The region's record of 2019, as the Inspektorat reads it. */
const regionRecord = async () =>
  (
    await expectStatus(
      clientAs('inspektorat').regions[':regionId'].years[':year'].audit.$get({
        query: {},
        param: regionParam,
      }),
      200,
    )
  ).events;

async function listed(userId = 'bappeda') {
  return (await expectStatus(regionApi(userId).$get({ param: regionParam }), 200)).files;
}

async function download(fileId: string): Promise<Buffer> {
  const link = await expectStatus(
    regionApi('inspektorat')[':fileId'].download.$get({ param: { ...regionParam, fileId } }),
    200,
  );
  return Buffer.from(await (await fetch(link.url)).arrayBuffer());
}

async function stored(objectKey: string): Promise<Buffer> {
  const answer = await s3.send(new GetObjectCommand({ Bucket: buckets.reports, Key: objectKey }));
  return Buffer.from((await answer.Body?.transformToByteArray()) ?? []);
}

/** The agency's own files of the quarter, made as its sign-off makes them. */
async function ownFiles(agencyId: string) {
  const records = await generateQuarterFiles({
    eventId: `own-${agencyId}`,
    agencyId,
    year,
    quarter,
    version: 1,
    generatedAt: '2019-07-20T02:00:00.000Z',
    locale: 'id',
  });
  const own = (kind: 'e81' | 'performance') =>
    records.find((file) => file.kind === kind && file.format === 'xlsx' && file.unitId === null) ??
    expect.fail(`${agencyId} has no ${kind} file`);
  return {
    e81: await readSheet(await stored(own('e81').objectKey)),
    performance: await readSheet(await stored(own('performance').objectKey)),
  };
}

describe("the region's compiled files", () => {
  it('are none before the Bappeda accepts a quarter, and refused to agency staff', async () => {
    await drainOutbox(outboxHandlers);
    expect(await listed()).toEqual([]);
    for (const userId of ['kepala-dinas', 'perencana', 'kepala-dinkes'])
      await expectError(regionApi(userId).$get({ param: regionParam }), 403);
  });

  it('hold the first accepted agency once the outbox has run, and grow with each acceptance', async () => {
    await accept('dinsos-hss');
    await drainOutbox(outboxHandlers);
    const first = await listed();
    expect(first.map((file) => [file.quarter, file.kind, file.format, file.version, file.agencyIds])).toEqual(
      [
        [2, 'performance', 'pdf', 1, ['dinsos-hss']],
        [2, 'performance', 'xlsx', 1, ['dinsos-hss']],
        [2, 'e81', 'pdf', 1, ['dinsos-hss']],
        [2, 'e81', 'xlsx', 1, ['dinsos-hss']],
      ],
    );
    for (const agencyId of agencyIds.slice(1)) await accept(agencyId);
    await drainOutbox(outboxHandlers);
    const files = await listed();
    expect(files).toHaveLength(4);
    for (const file of files) {
      expect(file.version).toBe(agencyIds.length);
      expect([...file.agencyIds].sort()).toEqual([...agencyIds].sort());
      expect(file.regionAgencies).toBe(agencyIds.length);
    }
    expect(files.map((file) => file.fileName).sort()).toEqual([
      'rekap-capaian-kinerja-kab-hss-2019-tw2.pdf',
      'rekap-capaian-kinerja-kab-hss-2019-tw2.xlsx',
      'rekap-evaluasi-renja-e81-kab-hss-2019-tw2.pdf',
      'rekap-evaluasi-renja-e81-kab-hss-2019-tw2.xlsx',
    ]);
  }, 120_000);

  it("hold each agency's E.81 and performance table figure for figure as its own quarter's files", async () => {
    const files = await listed('admin-bappeda');
    const workbook = async (kind: 'e81' | 'performance') => {
      const file = files.find((f) => f.kind === kind && f.format === 'xlsx') ?? expect.fail(`no ${kind}`);
      return (await readSheet(await download(file.id))).workbook;
    };
    const e81 = await workbook('e81');
    const performance = await workbook('performance');
    // The recapitulation, then one sheet per agency, by name.
    expect(e81.worksheets).toHaveLength(agencyIds.length + 1);
    const recap = e81.worksheets[0] ?? expect.fail('no recapitulation');
    // The body starts below the title lines and the header, with agency no. 1.
    let bodyTop = 1;
    while (recap.getCell(bodyTop, 1).value !== '1') bodyTop++;
    let allocation = 0;
    let realised = 0;
    for (const [index, sheet] of e81.worksheets.slice(1).entries()) {
      const name = String(sheet.getCell(2, 1).value);
      const agencyId =
        agencies.find((agency) => agency.name.toUpperCase() === name)?.id ??
        expect.fail(`which agency is ${name}?`);
      const own = await ownFiles(agencyId);
      expect(sheetCells(sheet), agencyId).toEqual(sheetCells(own.e81.sheet));
      const ownPerformance = performance.worksheets[index + 1] ?? expect.fail('no performance sheet');
      expect(sheetCells(ownPerformance), agencyId).toEqual(sheetCells(own.performance.sheet));
      // The recapitulation's line: the agency's own total (pagu, realisation to date).
      const totalRow = own.e81.rowWith('JUMLAH');
      const line = recap.getRow(bodyTop + index);
      expect(String(line.getCell(2).value).toUpperCase()).toBe(name);
      // Column 8 Rp (the year's budget) and 13 Rp (realised to date): the 11th and 21st columns.
      const pagu = Number(own.e81.sheet.getCell(totalRow, 11).value);
      const spent = Number(own.e81.sheet.getCell(totalRow, 21).value);
      expect(pagu).toBeGreaterThan(0);
      expect([line.getCell(4).value, line.getCell(5).value]).toEqual([pagu, spent]);
      allocation += pagu;
      realised += spent;
    }
    const totalLine = recap.getRow(bodyTop + agencyIds.length);
    expect(totalLine.getCell(1).value).toBe('JUMLAH WILAYAH');
    expect([totalLine.getCell(4).value, totalLine.getCell(5).value]).toEqual([allocation, realised]);
  }, 180_000);

  it('come as a PDF: the recapitulation first, then each agency from a new page', async () => {
    const file =
      (await listed()).find((f) => f.kind === 'e81' && f.format === 'pdf') ?? expect.fail('no PDF');
    const pdf = await inspectPdf(await download(file.id));
    expect(pdf.pages).toBeGreaterThanOrEqual(agencyIds.length + 1);
    expect(pdf.text).toContain('KABUPATEN HULU SUNGAI SELATAN');
    expect(pdf.text).toContain('Disusun dari triwulan yang diterima Bappeda: 5 dari 5 perangkat daerah');
    expect(pdf.text).toContain('JUMLAH WILAYAH');
  }, 60_000);

  it("after TW4 hold the year's table too, the agency's own annual table cell for cell", async () => {
    await accept('dinsos-hss', 4);
    await drainOutbox(outboxHandlers);
    const tw4 = (await listed()).filter((file) => file.quarter === 4);
    expect(tw4.map((file) => `${file.kind}.${file.format}`).sort()).toEqual([
      'annual.pdf',
      'annual.xlsx',
      'e81.pdf',
      'e81.xlsx',
      'performance.pdf',
      'performance.xlsx',
    ]);
    const annual =
      tw4.find((file) => file.kind === 'annual' && file.format === 'xlsx') ?? expect.fail('no annual');
    expect(annual.fileName).toBe('rekap-capaian-kinerja-tahunan-kab-hss-2019.xlsx');
    const compiled = (await readSheet(await download(annual.id))).workbook;
    const own = await generateQuarterFiles({
      eventId: 'own-annual',
      agencyId: 'dinsos-hss',
      year,
      quarter: 4,
      version: 1,
      generatedAt: '2020-01-15T02:00:00.000Z',
      locale: 'id',
    });
    const ownAnnual =
      own.find((file) => file.kind === 'annual' && file.format === 'xlsx') ?? expect.fail('no own');
    expect(sheetCells(compiled.worksheets[1] ?? expect.fail('no agency sheet'))).toEqual(
      sheetCells((await readSheet(await stored(ownAnnual.objectKey))).sheet),
    );
  }, 120_000);

  it('are recorded once however often the same agencies are compiled', async () => {
    const before = await listed();
    const again = await generateRegionFiles({
      eventId: 'rerun',
      regionId: 'kab-hss',
      year,
      quarter,
      generatedAt: '2019-10-21T01:00:00.000Z',
      locale: 'id',
    });
    expect(again.map((file) => file.version)).toEqual([5, 5, 5, 5]);
    expect(await listed()).toEqual(before);
  }, 60_000);

  it('come in English when the Bappeda asks: made by the outbox, on the record, figure for figure', async () => {
    for (const userId of ['bappeda', 'inspektorat', 'perencana'])
      await expectError(request(userId, quarter), 403);
    // No agency's TW3 is accepted: there is nothing to compile.
    await expectError(request('admin-bappeda', 3), 409);

    const { requestedAt } = await expectStatus(request('admin-bappeda', quarter), 202);
    expect((await listed()).filter((file) => file.locale === 'en')).toEqual([]);
    await drainOutbox(outboxHandlers);

    const files = (await listed()).filter((file) => file.quarter === quarter);
    const english = files.filter((file) => file.locale === 'en');
    expect(english.map((file) => file.fileName).sort()).toEqual([
      'rekap-capaian-kinerja-kab-hss-2019-tw2-en.pdf',
      'rekap-capaian-kinerja-kab-hss-2019-tw2-en.xlsx',
      'rekap-evaluasi-renja-e81-kab-hss-2019-tw2-en.pdf',
      'rekap-evaluasi-renja-e81-kab-hss-2019-tw2-en.xlsx',
    ]);
    const bappeda = seedUsers.find((user) => user.id === 'admin-bappeda') ?? expect.fail('no Bappeda');
    for (const file of english)
      expect(file).toMatchObject({
        version: agencyIds.length,
        requestedBy: { id: bappeda.id, name: bappeda.name },
        generatedAt: requestedAt,
      });
    // The Indonesian files stand as they were, made on the acceptances, asked for by no one.
    expect(files.filter((file) => file.locale === 'id' && file.requestedBy === undefined)).toHaveLength(4);

    const e81 = async (locale: 'id' | 'en') => {
      const file =
        files.find((f) => f.kind === 'e81' && f.format === 'xlsx' && f.locale === locale) ??
        expect.fail(`no ${locale} E.81`);
      return readSheet(await download(file.id));
    };
    const [id, en] = await Promise.all([e81('id'), e81('en')]);
    expect(en.sheet.getCell(1, 1).value).toBe(
      "RECAPITULATION OF THE AGENCIES' RENJA EVALUATIONS, QUARTER 2 2019",
    );
    expect(en.sheet.getCell(en.rowWith('REGION TOTAL'), 4).value).toBe(
      id.sheet.getCell(id.rowWith('JUMLAH WILAYAH'), 4).value,
    );
    expect(workbookNumbers(en.workbook)).toEqual(workbookNumbers(id.workbook));
  }, 180_000);

  it("keep the request on the region's record, and its English files as current as the Indonesian", async () => {
    expect(await regionRecord()).toMatchObject([
      {
        scope: 'region',
        regionId: 'kab-hss',
        subject: { kind: 'regionReports', quarter },
        action: 'requestRegionReports',
        actorId: 'admin-bappeda',
        reason: 'Kunjungan mitra',
        changes: [{ path: 'locale', after: 'en' }],
      },
    ]);
    const tw1 = async (locale: 'id' | 'en') =>
      (await listed()).filter((file) => file.quarter === 1 && file.locale === locale);
    await accept('dinsos-hss', 1);
    await drainOutbox(outboxHandlers);
    await expectStatus(request('admin-bappeda', 1), 202);
    await drainOutbox(outboxHandlers);
    expect((await tw1('en')).map((file) => file.agencyIds)).toEqual(Array(4).fill(['dinsos-hss']));

    // A later acceptance remakes the English files as it does the Indonesian, for whoever asked.
    const [, second, third] = agencyIds;
    await accept(second ?? expect.fail('no second agency'), 1);
    await drainOutbox(outboxHandlers);
    for (const locale of ['id', 'en'] as const)
      for (const file of await tw1(locale)) {
        expect(file.version, locale).toBe(2);
        expect([...file.agencyIds].sort()).toEqual(['dinsos-hss', second].sort());
      }
    for (const file of await tw1('en')) expect(file.requestedBy?.id).toBe('admin-bappeda');

    // Sending a quarter back accepts nothing: the files stand as they are.
    const before = await listed();
    const api = clientAs('admin-bappeda').agencies[':agencyId'].years[':year'].quarters;
    const param = { agencyId: third ?? expect.fail('no third agency'), year: String(year) };
    const { quarters } = await expectStatus(api.$get({ param }), 200);
    const record = quarters.find((q) => q.quarter === 1) ?? expect.fail('no TW1');
    await expectStatus(
      api[':quarter'][':transition'].$post({
        param: { ...param, quarter: '1', transition: 'send-back' },
        json: { revision: record.revision, reason: 'Realisasi anggaran belum sesuai SP2D' },
      }),
      200,
    );
    await drainOutbox(outboxHandlers);
    expect(await listed()).toEqual(before);
    expect((await regionRecord()).map((event) => event.subject)).toEqual([
      { kind: 'regionReports', quarter: 1 },
      { kind: 'regionReports', quarter: 2 },
    ]);
  }, 240_000);
});
