import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { agreement2019Perubahan, parts2019 } from '../../shared/seed/hss-2019.js';
import { seedUnits } from '../../shared/seed/organisation.js';
import { latestNarratives } from './lkj/lkj-programs.js';
import { buildQuarterTables } from './quarter-tables.js';
import { allFiles, seedContext, seedTables } from './report.fixture.js';
import type { TReportFile } from './report-files.js';
import { agreementReportFiles, quarterReportFiles, yearEndReportFiles } from './report-sets.js';

const unitIds = Object.values(seedUnits).map((unit) => unit.id);
const tw2 = buildQuarterTables({ agreement: agreement2019Perubahan, parts: parts2019, quarter: 2, unitIds });
const { performance, budget } = seedTables(4);
const yearEnd = {
  agreement: agreement2019Perubahan,
  performance,
  budget,
  narratives: latestNarratives(parts2019),
};

/** A test that renders a set twice: about 2 s of CPU, 10 s measured at load 10, more at 15-20. */
const renderTwice = { timeout: 60_000 };

/** Renders with the clock at `now`, so a file that read the clock would differ. */
async function renderAt<T>(now: string, render: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(now));
  return render();
}

afterEach(() => {
  vi.useRealTimers();
});

describe('quarterReportFiles', () => {
  // TW2's set rendered once for both tests (a set is 14 files, about a second of CPU when warm).
  let first: TReportFile[] = [];
  beforeAll(async () => {
    first = await renderAt('2026-01-01T00:00:00Z', () => allFiles(quarterReportFiles(tw2, seedContext(2))));
    vi.useRealTimers();
  });

  it('renders the agency and every unit table, the budget and Tabel E.81, as XLSX and PDF', () => {
    expect(first.map((f) => f.fileName)).toEqual([
      'tabel-capaian-kinerja-2019-tw2.xlsx',
      'tabel-capaian-kinerja-2019-tw2.pdf',
      ...unitIds.flatMap((id) => [
        `tabel-capaian-kinerja-2019-tw2-${id}.xlsx`,
        `tabel-capaian-kinerja-2019-tw2-${id}.pdf`,
      ]),
      'realisasi-anggaran-2019-tw2.xlsx',
      'realisasi-anggaran-2019-tw2.pdf',
      'evaluasi-renja-e81-2019-tw2.xlsx',
      'evaluasi-renja-e81-2019-tw2.pdf',
    ]);
    for (const file of first) {
      expect(file.body.subarray(0, 4).toString()).toBe(file.format === 'pdf' ? '%PDF' : 'PK\u0003\u0004');
      expect(file.contentType).toMatch(file.format === 'pdf' ? /pdf$/ : /spreadsheetml/);
    }
  });

  it(
    'produces the same bytes on a retry at another time, and new ones for a new version',
    renderTwice,
    async () => {
      const retry = await renderAt('2026-03-04T05:06:07Z', () =>
        allFiles(quarterReportFiles(tw2, seedContext(2))),
      );
      expect(retry.map((f) => f.body)).toEqual(first.map((f) => f.body));
      const next = await allFiles(quarterReportFiles(tw2, seedContext(2, { version: 2 })));
      next.forEach((file, i) => {
        expect(file.body.equals(first[i]?.body ?? Buffer.alloc(0))).toBe(false);
      });
    },
  );
});

describe('agreement and year-end sets', () => {
  it('are byte-stable too: PDF, DOCX and XLSX', renderTwice, async () => {
    const render = async () => [
      ...(await allFiles(agreementReportFiles({ agreement: agreement2019Perubahan }, seedContext(null)))),
      ...(await allFiles(yearEndReportFiles(yearEnd, seedContext(null)))),
    ];
    const first = await renderAt('2026-01-01T00:00:00Z', render);
    const retry = await renderAt('2026-06-30T23:59:59Z', render);
    expect(first.map((f) => f.fileName)).toEqual([
      'perjanjian-kinerja-2019.pdf',
      'perjanjian-kinerja-2019.docx',
      'capaian-kinerja-tahunan-2019.xlsx',
      'capaian-kinerja-tahunan-2019.pdf',
      'lkj-draf-2019.docx',
    ]);
    expect(retry.map((f) => f.body)).toEqual(first.map((f) => f.body));
  });
});

describe('capaian:report-file-made', () => {
  it('tells a listener of each file as it is made, before the next is rendered', async () => {
    const heard: string[] = [];
    const listener = (file: unknown) => heard.push((file as TReportFile).fileName);
    subscribe('capaian:report-file-made', listener);
    try {
      const handedOn: string[][] = [];
      for await (const file of agreementReportFiles({ agreement: agreement2019Perubahan }, seedContext(null)))
        handedOn.push([...heard, `handed on: ${file.fileName}`]);
      expect(handedOn).toEqual([
        ['perjanjian-kinerja-2019.pdf', 'handed on: perjanjian-kinerja-2019.pdf'],
        [
          'perjanjian-kinerja-2019.pdf',
          'perjanjian-kinerja-2019.docx',
          'handed on: perjanjian-kinerja-2019.docx',
        ],
      ]);
    } finally {
      unsubscribe('capaian:report-file-made', listener);
    }
  });
});
