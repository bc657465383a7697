import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { putItems } from '../functions/db/batch.js';
import { outboxEntity } from '../functions/db/entities.js';
import { listPendingOutboxEvents } from '../functions/db/outbox.js';
import { openYear } from '../functions/local/seed-demo.js';
import { drainOutbox } from '../functions/outbox/drain-outbox.js';
import { outboxHandlers } from '../functions/outbox-handlers.js';
import { inspectPdf } from '../functions/reports/pdf/pdf-check.fixture.js';
import { readSheet } from '../functions/reports/xlsx/xlsx-read.fixture.js';
import { buildBudgetTable } from '../shared/calc/budget-table.js';
import { agreement2019Perubahan, parts2019 } from '../shared/seed/hss-2019.js';
import { seedAgency } from '../shared/seed/organisation.js';
import { clientAs, expectStatus } from './support/api-client.js';
import { withSeededStore } from './support/seeded-store.js';
import { verifyEveryPart } from './support/submit-part.js';

withSeededStore();

const yearParam = { agencyId: 'dinsos-hss', year: String(openYear()) };
const yearApi = (userId: string) => clientAs(userId).agencies[':agencyId'].years[':year'];
const reports = yearApi('pengamat').reports;
const quarterMove = (transition: 'sign-off' | 'reopen', revision: number, reason?: string) =>
  expectStatus(
    yearApi('kepala-dinas').quarters[':quarter'][':transition'].$post({
      param: { ...yearParam, quarter: '1', transition },
      json: { revision, reason },
    }),
    200,
  );
type TFile = Awaited<ReturnType<typeof listFiles>>[number];

async function listFiles(param: typeof yearParam, quarter?: '1') {
  return (await expectStatus(reports.$get({ param, query: { quarter } }), 200)).files;
}

async function download(param: typeof yearParam, file: TFile): Promise<Buffer> {
  const link = await expectStatus(
    reports[':fileId'].download.$get({ param: { ...param, fileId: file.id } }),
    200,
  );
  return Buffer.from(await (await fetch(link.url)).arrayBuffer());
}

describe('report files', () => {
  it('are generated on sign-off into the bucket, listed with working downloads, and versioned on re-sign', async () => {
    await verifyEveryPart({ year: openYear(), quarter: 1 });
    await quarterMove('sign-off', 1);
    await drainOutbox(outboxHandlers);
    const signedOffAt = async () =>
      (await expectStatus(yearApi('pengamat').quarters.$get({ param: yearParam }), 200)).quarters.find(
        (q) => q.quarter === 1,
      )?.signedOffAt ?? expect.fail('not signed off');
    const madeFrom = (number: number, at: string) => ({
      signed: 'quarter',
      number,
      by: expect.objectContaining({ name: seedAgency.head.name }),
      at,
    });
    const first = await signedOffAt();

    const files = await listFiles(yearParam, '1');
    // Each says which sign-off it was made from: who, when, the quarter's first.
    expect(files.map((f) => f.madeFrom)).toEqual(Array(14).fill(madeFrom(1, first)));
    // Agency-wide and per unit performance tables, the budget table and Tabel E.81, each as XLSX and PDF.
    expect(files).toHaveLength(14);
    expect(
      files
        .filter((f) => f.kind === 'e81')
        .map((f) => f.fileName)
        .sort(),
    ).toEqual([
      `evaluasi-renja-e81-${yearParam.year}-tw1.pdf`,
      `evaluasi-renja-e81-${yearParam.year}-tw1.xlsx`,
    ]);
    expect(
      files
        .filter((f) => f.kind === 'performance' && f.unitId === null)
        .map((f) => f.format)
        .sort(),
    ).toEqual(['pdf', 'xlsx']);
    const pdf = files.find((f) => f.kind === 'budget' && f.format === 'pdf');
    if (!pdf) throw new Error('no budget PDF');
    const bytes = await download(yearParam, pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBe(pdf.size);

    // Rendered, the first page is a real page.
    const folder = mkdtempSync(join(tmpdir(), 'capaian-pdf-'));
    writeFileSync(join(folder, 'budget.pdf'), bytes);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '40',
      '-f',
      '1',
      '-l',
      '1',
      join(folder, 'budget.pdf'),
      join(folder, 'page'),
    ]);
    rmSync(folder, { recursive: true, force: true });
    // Its footer says which sign-off too, with the moment in the agency's zone.
    const { text } = await inspectPdf(bytes);
    expect(text.replace(/\s+/g, ' ')).toContain(`Disahkan oleh ${seedAgency.head.name}, `);
    expect(text).toContain('(pengesahan ke-1)');

    // Reopen and re-sign: version 2 is listed, version 1 stays, listed with it on request.
    await quarterMove('reopen', 2, 'Perbaikan angka realisasi');
    await quarterMove('sign-off', 3);
    await drainOutbox(outboxHandlers);
    const after = await listFiles(yearParam, '1');
    expect(after.map((f) => [f.version, f.olderVersions])).toEqual(Array(14).fill([2, 1]));
    const second = await signedOffAt();
    expect(after.map((f) => f.madeFrom)).toEqual(Array(14).fill(madeFrom(2, second)));
    for (const file of after) {
      const { files: versions } = await expectStatus(
        reports[':fileId'].versions.$get({ param: { ...yearParam, fileId: file.id } }),
        200,
      );
      expect(versions.map((f) => [f.version, f.kind, f.format, f.unitId, f.locale])).toEqual([
        [2, file.kind, file.format, file.unitId, file.locale],
        [1, file.kind, file.format, file.unitId, file.locale],
      ]);
      expect(versions[1]?.madeFrom).toEqual(madeFrom(1, first));
    }
  }, 120_000);

  it("makes 2019's files from the stored data, figures as computed, slips corrected", async () => {
    await putItems(
      [1, 2, 3, 4].map((quarter) =>
        outboxEntity.item({
          id: `regenerate-2019-${quarter}`,
          kind: 'reports.regenerate',
          agencyId: 'dinsos-hss',
          year: 2019,
          createdAt: '2020-01-15T09:00:00+08:00',
          payload: { quarter, version: 1, locale: 'id' },
        }),
      ),
    );
    expect(await drainOutbox(outboxHandlers)).toMatchObject({ processed: 4, failed: 0 });
    const year2019 = { ...yearParam, year: '2019' };
    const files = await listFiles(year2019);
    const kinds = new Set(files.map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['annual', 'budget', 'e81', 'lkj', 'performance']);

    const budgetXlsx = files.find(
      (f) => f.kind === 'budget' && f.format === 'xlsx' && f.fileName.includes('tw4'),
    );
    const { sheet } = await readSheet(
      await download(year2019, budgetXlsx ?? expect.fail('no TW4 budget XLSX')),
    );
    const numbers = new Set<number>();
    sheet.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'number' && numbers.add(cell.value)));
    const computed = buildBudgetTable({ agreement: agreement2019Perubahan, parts: parts2019 });
    // The grand total as computed, and the remainder the report mistyped as 507.000.
    expect(numbers).toContain(computed.total.allocation);
    expect(numbers).toContain(computed.total.realised);
    expect(numbers).toContain(10_450_000);

    // Tabel E.81 of TW4, from the same stored data: the same total, every activity's allocation and spending.
    const e81Xlsx = files.find((f) => f.kind === 'e81' && f.format === 'xlsx' && f.fileName.includes('tw4'));
    const e81 = (await readSheet(await download(year2019, e81Xlsx ?? expect.fail('no TW4 E.81 XLSX')))).sheet;
    const e81Numbers = new Set<number>();
    e81.eachRow((row) =>
      row.eachCell((cell) => typeof cell.value === 'number' && e81Numbers.add(cell.value)),
    );
    for (const activity of computed.programs.flatMap((program) => program.activities))
      expect([e81Numbers.has(activity.allocation), e81Numbers.has(activity.realised)]).toEqual([true, true]);
    expect(e81Numbers).toContain(computed.total.allocation);
    expect(e81Numbers).toContain(computed.total.realised);
  }, 120_000);

  it('give every run that makes them a version of its own, however many wait to run', async () => {
    // The first quarter was signed off twice above: versions 1 and 2 exist.
    const regenerate = () =>
      expectStatus(
        yearApi('perencana').reports.regenerate.$post({
          param: yearParam,
          json: { quarter: 1, locale: 'en' },
        }),
        202,
      );
    expect([(await regenerate()).version, (await regenerate()).version]).toEqual([3, 4]);
    await quarterMove('reopen', 4, 'Perbaikan angka realisasi lagi');
    await quarterMove('sign-off', 5);
    const waiting = await listPendingOutboxEvents();
    const versions = waiting.map((event) => event.payload.reportVersion ?? event.payload.version);
    expect(waiting.map((event) => event.kind)).toEqual([
      'reports.regenerate',
      'reports.regenerate',
      'quarter.reopen',
      'quarter.signOff',
    ]);
    expect(versions).toEqual([3, 4, undefined, 5]);
  });
});
