import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { putItems } from '../functions/db/batch.js';
import { outboxEntity } from '../functions/db/entities.js';
import { openYear } from '../functions/local/seed-demo.js';
import { drainOutbox } from '../functions/outbox/drain-outbox.js';
import { readSheet } from '../functions/reports/xlsx-read.fixture.js';
import { buildBudgetTable } from '../shared/calc/budget-table.js';
import { agreement2019Perubahan, parts2019 } from '../shared/seed/hss-2019.js';
import { callAs } from './support/api-client.js';
import { completeEntry } from './support/fill-part.js';
import { withSeededStore } from './support/seeded-store.js';

withSeededStore();

const year = openYear();
const yearPath = `/api/agencies/dinsos-hss/years/${year}`;
type TFile = {
  id: string;
  kind: string;
  format: string;
  unitId: string | null;
  version: number;
  size: number;
  sha256: string;
  fileName: string;
};

async function download(file: TFile): Promise<Buffer> {
  const { body } = await callAs(
    'pengamat',
    'GET',
    `/api/agencies/dinsos-hss/years/${year}/reports/${file.id}/download`,
  );
  return Buffer.from(await (await fetch(body.url)).arrayBuffer());
}

describe('report files', () => {
  it('are generated on sign-off into the bucket, listed with working downloads, and versioned on re-sign', async () => {
    const { body: agreement } = await callAs('pengamat', 'GET', `${yearPath}/agreement`);
    const q1 = `${yearPath}/quarters/1`;
    const heads: Record<string, string> = {
      sekretariat: 'sekretaris',
      'pemberdayaan-sosial': 'kabid-pemberdayaan',
      'pelayanan-rehabilitasi': 'kabid-rehabilitasi',
      'perlindungan-jaminan': 'kabid-perlindungan',
    };
    for (const [unitId, userId] of Object.entries(heads)) {
      const saved = await callAs(userId, 'PUT', `${q1}/parts/${unitId}`, {
        revision: 1,
        entry: completeEntry(agreement.versions[0].agreement, unitId, 1),
      });
      const sent = await callAs(userId, 'POST', `${q1}/parts/${unitId}/submit`, {
        revision: saved.body.revision,
      });
      await callAs('verifikator', 'POST', `${q1}/parts/${unitId}/verify`, { revision: sent.body.revision });
    }
    expect((await callAs('kepala-dinas', 'POST', `${q1}/sign-off`, { revision: 1 })).status).toBe(200);
    await drainOutbox();

    const { body } = await callAs('pengamat', 'GET', `${yearPath}/reports?quarter=1`);
    const files: TFile[] = body.files;
    // Agency-wide and per unit performance tables, and the budget table, each as XLSX and PDF.
    expect(files).toHaveLength(12);
    expect(
      files
        .filter((f) => f.kind === 'performance' && f.unitId === null)
        .map((f) => f.format)
        .sort(),
    ).toEqual(['pdf', 'xlsx']);
    const pdf = files.find((f) => f.kind === 'budget' && f.format === 'pdf');
    if (!pdf) throw new Error('no budget PDF');
    const bytes = await download(pdf);
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

    // Reopen and re-sign: version 2 appears, version 1 stays listed.
    await callAs('kepala-dinas', 'POST', `${q1}/reopen`, {
      revision: 2,
      reason: 'Perbaikan angka realisasi',
    });
    await callAs('kepala-dinas', 'POST', `${q1}/sign-off`, { revision: 3 });
    await drainOutbox();
    const { body: after } = await callAs('pengamat', 'GET', `${yearPath}/reports?quarter=1`);
    expect(after.files.map((f: TFile) => f.version).sort()).toEqual([
      ...Array(12).fill(1),
      ...Array(12).fill(2),
    ]);
  });

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
    expect(await drainOutbox()).toEqual({ processed: 4, failed: 0 });
    const { body } = await callAs('pengamat', 'GET', '/api/agencies/dinsos-hss/years/2019/reports');
    const kinds = new Set(body.files.map((f: TFile) => f.kind));
    expect([...kinds].sort()).toEqual(['annual', 'budget', 'lkj', 'performance']);

    const budgetXlsx = body.files.find(
      (f: TFile) => f.kind === 'budget' && f.format === 'xlsx' && f.fileName.includes('tw4'),
    );
    const { body: link } = await callAs(
      'pengamat',
      'GET',
      `/api/agencies/dinsos-hss/years/2019/reports/${budgetXlsx.id}/download`,
    );
    const { sheet } = await readSheet(Buffer.from(await (await fetch(link.url)).arrayBuffer()));
    const numbers = new Set<number>();
    sheet.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'number' && numbers.add(cell.value)));
    const computed = buildBudgetTable({ agreement: agreement2019Perubahan, parts: parts2019 });
    // The grand total as computed, and the remainder the report mistyped as 507.000.
    expect(numbers).toContain(computed.total.allocation);
    expect(numbers).toContain(computed.total.realised);
    expect(numbers).toContain(10_450_000);
  });
});
