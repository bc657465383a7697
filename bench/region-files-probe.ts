/**
 * Run by bench/region-files.ts in a fresh process: compiles the region's files of a quarter for
 * `--agencies N` agencies, each the seed agency's TW2 2019 under its own id (its sheets made for
 * it, as the outbox makes each agency's), every file as the outbox makes them one after another,
 * and prints as JSON each file's time, CPU time and size and the process's peak RSS.
 */

import { regionFileSet, type TAgencySheets } from '../functions/report-files/region-file-set.js';
import { buildQuarterTables } from '../functions/reports/quarter-tables.js';
import { e81Sheet } from '../functions/reports/tables/e81-report-table.js';
import { performanceSheet } from '../functions/reports/tables/performance-report-table.js';
import { defaultStatusBands } from '../shared/model/status-band.js';
import { compileRegionQuarter } from '../shared/region/region-compilation.js';
import { agreement2019Perubahan, parts2019 } from '../shared/seed/hss-2019.js';
import { seedAgency, seedRegion, seedUnits } from '../shared/seed/organisation.js';

const count = Number(process.argv[process.argv.indexOf('--agencies') + 1]) || 40;
const locale = process.argv.includes('--en') ? 'en' : 'id';
const quarter = 2;
const year = 2019;
const units = Object.values(seedUnits);
const generatedAt = '2019-07-20T02:00:00.000Z';

const agencies = Array.from({ length: count }, (_, i) => ({
  ...seedAgency,
  id: `dinas-${i + 1}`,
  name: `Dinas Uji ${i + 1}`,
  shortName: `Uji ${i + 1}`,
}));
const made = agencies.map((agency) => {
  const tables = buildQuarterTables({
    agreement: agreement2019Perubahan,
    parts: parts2019,
    quarter,
    unitIds: units.map((unit) => unit.id),
  });
  const context = {
    agency,
    region: seedRegion,
    units,
    year,
    quarter,
    version: 1,
    generatedAt,
    locale,
    timeZone: agency.timeZone,
  } as const;
  const sheets: TAgencySheets = {
    shortName: agency.shortName,
    sheets: {
      e81: e81Sheet(tables.e81, context),
      performance: performanceSheet(tables.performance, context),
      annual: null,
    },
  };
  return { agency, e81: tables.e81, sheets };
});
const compilation = compileRegionQuarter(
  year,
  quarter,
  made.map(({ agency, e81 }) => ({
    agencyId: agency.id,
    name: agency.name,
    state: 'accepted' as const,
    e81,
    bands: defaultStatusBands,
  })),
);
const context = {
  regionId: seedRegion.id,
  year,
  quarter,
  agency: { name: seedRegion.name },
  region: seedRegion,
  regionAgencies: count,
  generatedAt,
  locale,
  timeZone: seedRegion.timeZone,
  version: count,
} as const;

const files: { file: string; ms: number; cpuMs: number; kb: number; peakMb: number }[] = [];
let started = performance.now();
let cpuBefore = process.cpuUsage();
for await (const file of regionFileSet(
  compilation,
  made.map(({ sheets }) => sheets),
  context,
)) {
  const cpu = process.cpuUsage(cpuBefore);
  files.push({
    file: `${file.kind}.${file.format}`,
    ms: performance.now() - started,
    cpuMs: (cpu.user + cpu.system) / 1000,
    kb: file.body.byteLength / 1024,
    // The peak so far: which file raised it.
    peakMb: process.resourceUsage().maxRSS / 1024,
  });
  started = performance.now();
  cpuBefore = process.cpuUsage();
}
console.log(JSON.stringify({ agencies: count, files, rssMb: process.resourceUsage().maxRSS / 1024 }));
