import type { TQuarter } from '../../shared/model/quarter.js';
import type { TRegionReportFileRecord } from '../../shared/model/region-report-file.js';
import {
  compileRegionQuarter,
  type TRegionAgencyQuarter,
  type TRegionCompilation,
} from '../../shared/region/region-compilation.js';
import { getRegion, listRegionAgencies } from '../db/organisation.js';
import { listRegionReportFiles, recordRegionReportFile } from '../db/region-report-files.js';
import { putMetric } from '../metrics.js';
import { bandsOf } from '../reports/report-context.js';
import { annualSheet } from '../reports/tables/annual-report-table.js';
import { e81Sheet } from '../reports/tables/e81-report-table.js';
import { performanceSheet } from '../reports/tables/performance-report-table.js';
import { loadReportYear, previousYearTables, quarterTablesOf } from './generate-report-files.js';
import {
  regionFileSet,
  type TAgencySheets,
  type TRegionFile,
  type TRegionFileSetContext,
} from './region-file-set.js';
import { storeReportFile } from './store-report-file.js';

export type GenerateRegionOptions = {
  eventId: string;
  regionId: string;
  year: number;
  quarter: TQuarter;
  /** The triggering event's time: a retry embeds the same dates. */
  generatedAt: string;
  locale: 'id' | 'en';
  /** Who asked for the files in this language; none when an acceptance made them. */
  requestedBy?: { id: string; name: string };
};

/** Reads every agency's year (consistently: the acceptance just made included) and makes the accepted ones' sheets. */
async function loadAgencies(options: GenerateRegionOptions) {
  const agencies = await listRegionAgencies(options.regionId);
  const entries = await Promise.all(
    agencies.map(async (agency) => {
      const loaded = await loadReportYear(
        { ...options, agencyId: agency.id, version: 1 },
        { consistent: true },
      );
      const state = loaded.stored.quarters.find((q) => q.quarter === options.quarter)?.state ?? null;
      const base = { agencyId: agency.id, name: agency.name, state, bands: bandsOf(loaded.context) };
      if (state !== 'accepted') return { entry: { ...base, e81: null }, sheets: null };
      const { context, tables } = quarterTablesOf(loaded, options.quarter);
      const annual =
        options.quarter === 4
          ? annualSheet(tables.performance, await previousYearTables(agency.id, options.year), {
              ...context,
              quarter: null,
            })
          : null;
      const sheets: TAgencySheets = {
        shortName: agency.shortName,
        sheets: {
          e81: e81Sheet(tables.e81, context),
          performance: performanceSheet(tables.performance, context),
          annual,
        },
      };
      return { entry: { ...base, e81: tables.e81 }, sheets };
    }),
  );
  return { count: agencies.length, entries };
}

/**
 * Compiles the region's files of a quarter from every agency whose quarter the Bappeda accepted:
 * Tabel E.81 and the performance tables (after TW4 also the year's), each agency's sheet made as
 * its own files make it, with the region's recapitulation first. Accepted quarters never change,
 * so the compilation only grows; its version is how many agencies it holds. Safe to run twice:
 * a compilation of the same agencies is recorded once.
 */
export async function generateRegionFiles(
  options: GenerateRegionOptions,
): Promise<TRegionReportFileRecord[]> {
  const region = await getRegion(options.regionId);
  if (!region) throw new Error(`region ${options.regionId} not found`);
  const { count, entries } = await loadAgencies(options);
  const compilation = compileRegionQuarter(
    options.year,
    options.quarter,
    entries.map(({ entry }): TRegionAgencyQuarter => entry),
  );
  if (compilation.compiled.length === 0) return [];
  const sheetsOf = new Map(
    entries.flatMap(({ entry, sheets }) => (sheets ? [[entry.agencyId, sheets]] : [])),
  );
  const agencies = compilation.compiled.flatMap(({ agencyId }) => sheetsOf.get(agencyId) ?? []);
  const context = {
    ...options,
    agency: { name: region.name },
    region,
    regionAgencies: count,
    timeZone: region.timeZone,
    version: compilation.compiled.length,
  };
  const records: TRegionReportFileRecord[] = [];
  let recorded = 0;
  // Each file stored before the next is made: only one file's bytes and layout alive at once.
  for await (const file of regionFileSet(compilation, agencies, context)) {
    const stored = await store(file, compilation, context);
    records.push(stored.record);
    if (stored.recorded) recorded++;
  }
  putMetric('reportFilesGenerated', recorded);
  return records;
}

/**
 * The other languages the Bappeda asked a quarter's files in, with who asked (the newest
 * request): an acceptance remakes them too, so they never hold fewer agencies than the Indonesian.
 */
export async function standingRequests(
  regionId: string,
  year: number,
  quarter: TQuarter,
): Promise<Required<Pick<GenerateRegionOptions, 'locale' | 'requestedBy'>>[]> {
  const asked = new Map<'id' | 'en', { generatedAt: string; requestedBy: { id: string; name: string } }>();
  for (const file of await listRegionReportFiles(regionId, year)) {
    const held = asked.get(file.locale);
    if (
      file.quarter === quarter &&
      file.requestedBy &&
      (!held || Date.parse(file.generatedAt) > Date.parse(held.generatedAt))
    )
      asked.set(file.locale, { generatedAt: file.generatedAt, requestedBy: file.requestedBy });
  }
  return [...asked].flatMap(([locale, { requestedBy }]) =>
    locale === 'id' ? [] : [{ locale, requestedBy }],
  );
}

/** Puts a file under a key of its own run and records it once per set of agencies and language. */
function store(
  file: TRegionFile,
  compilation: TRegionCompilation,
  context: TRegionFileSetContext & GenerateRegionOptions,
) {
  const { regionId, year, quarter, locale, version, eventId, generatedAt, requestedBy } = context;
  // The run's own key: two runs that compiled the same agencies never overwrite each other's bytes.
  const objectKey = `regions/${regionId}/${year}/tw${quarter}/${file.kind}/v${version}-${eventId}/${file.fileName}`;
  return storeReportFile(
    file,
    { objectKey, eventId, generatedAt, year, quarter, locale, version },
    {
      regionId,
      agencyIds: compilation.compiled.map((entry) => entry.agencyId),
      regionAgencies: context.regionAgencies,
      ...(requestedBy && { requestedBy }),
    },
    recordRegionReportFile,
  );
}
