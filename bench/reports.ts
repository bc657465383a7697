import { latestNarratives } from '../functions/reports/lkj/lkj-programs.js';
import { buildQuarterTables } from '../functions/reports/quarter-tables.js';
import type { TReportContext } from '../functions/reports/report-context.js';
import {
  renderAgreementReportSet,
  renderQuarterReportSet,
  renderYearEndReportSet,
} from '../functions/reports/report-sets.js';
import type { TAgreementVersion } from '../shared/model/agreement.js';
import type { TQuarterPartContent } from '../shared/model/realisation.js';
import { agreement2019Perubahan, parts2019 } from '../shared/seed/hss-2019.js';
import { seedAgency, seedRegion, seedUnits } from '../shared/seed/organisation.js';
import type { BenchRow } from './measure.js';

const units = Object.values(seedUnits);
const context: TReportContext = {
  agency: seedAgency,
  region: seedRegion,
  units,
  year: 2019,
  quarter: null,
  version: 1,
  generatedAt: '2020-01-15T09:00:00+08:00',
  locale: 'id',
  timeZone: seedAgency.timeZone,
};

/** Every file of a year: four quarter sets, the agreement, the annual tables and the LKj draft. */
async function renderYear(agreement: TAgreementVersion, parts: TQuarterPartContent[]): Promise<number> {
  let files = 0;
  const unitIds = units.map((unit) => unit.id);
  for (const quarter of [1, 2, 3, 4] as const) {
    const tables = buildQuarterTables({ agreement, parts, quarter, unitIds });
    files += (await renderQuarterReportSet(tables, { ...context, quarter })).length;
    if (quarter === 4) {
      const yearEnd = {
        agreement,
        performance: tables.performance,
        budget: tables.budget,
        narratives: latestNarratives(parts),
      };
      files += (await renderYearEndReportSet(yearEnd, context)).length;
    }
  }
  files += (await renderAgreementReportSet({ agreement }, context)).length;
  return files;
}

/** The seed agreement with every activity repeated `times` (new codes and indicator ids), and its parts to match. */
function scaled(times: number): { agreement: TAgreementVersion; parts: TQuarterPartContent[] } {
  const copy = (i: number) => (id: string) => `${id}-x${i}`;
  const activities = Array.from({ length: times }, (_, i) =>
    agreement2019Perubahan.activities.map((a) => ({
      ...a,
      code: i === 0 ? a.code : `${a.code}.${i}`,
      indicators: a.indicators.map((indicator) => ({
        ...indicator,
        id: i === 0 ? indicator.id : copy(i)(indicator.id),
      })),
    })),
  ).flat();
  const parts = parts2019.map((part) => ({
    ...part,
    realisations: Array.from({ length: times }, (_, i) =>
      part.realisations.map((r) => ({ ...r, indicatorId: i === 0 ? r.indicatorId : copy(i)(r.indicatorId) })),
    ).flat(),
  }));
  return { agreement: { ...agreement2019Perubahan, activities }, parts };
}

export type BenchReportsOptions = {
  /** Also an agency with ten times the seed's activities. */ scaled: boolean;
};

/** Time to render every file of the seed year, and of an agency with ten times its activities. */
export async function benchReports(options: BenchReportsOptions): Promise<BenchRow[]> {
  await renderYear(agreement2019Perubahan, parts2019); // warm-up: module loading, fonts, JIT
  const rows: BenchRow[] = [];
  for (const [name, input] of [
    ['seed year (2019)', { agreement: agreement2019Perubahan, parts: parts2019 }],
    ...(options.scaled ? [['10× the seed’s indicators', scaled(10)] as const] : []),
  ] as const) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const files = await renderYear(input.agreement, input.parts);
    const cpu = process.cpuUsage(cpuBefore);
    const seconds = (performance.now() - started) / 1000;
    // On a busy machine the CPU time is the steadier figure; on a quiet one they agree.
    rows.push({
      benchmark: `report files, ${name}`,
      figure: `all ${files} files: time (CPU)`,
      value: `${seconds.toFixed(2)} s (${((cpu.user + cpu.system) / 1e6).toFixed(2)} s)`,
      goal: name.startsWith('seed') ? '≤ 1 s' : undefined,
    });
  }
  return rows;
}
