import type { TQuarter } from '../../shared/model/quarter.js';
import type { TRegionReportFileRecord, TRegionReportKind } from '../../shared/model/region-report-file.js';
import {
  compileRegionQuarter,
  type TRegionAgencyQuarter,
  type TRegionCompilation,
} from '../../shared/region/region-compilation.js';
import { getRegion, listRegionAgencies } from '../db/organisation.js';
import { recordRegionReportFile } from '../db/region-report-files.js';
import { putMetric } from '../metrics.js';
import {
  type RegionDocumentOptions,
  renderRegionPdf,
  renderRegionXlsx,
} from '../reports/documents/region-report.js';
import { bandsOf } from '../reports/report-context.js';
import { contentTypes } from '../reports/report-files.js';
import { annualSheet } from '../reports/tables/annual-report-table.js';
import { e81Sheet } from '../reports/tables/e81-report-table.js';
import { performanceSheet } from '../reports/tables/performance-report-table.js';
import { regionRecapSheet, type TRegionFileContext } from '../reports/tables/region-recap-table.js';
import type { TReportSheet } from '../reports/tables/report-table.js';
import { putReportObject } from '../s3/report-objects.js';
import { loadReportYear, previousYearTables, quarterTablesOf } from './generate-report-files.js';

export type GenerateRegionOptions = {
  eventId: string;
  regionId: string;
  year: number;
  quarter: TQuarter;
  /** The triggering event's time: a retry embeds the same dates. */
  generatedAt: string;
  locale: 'id' | 'en';
};

/** One compiled file, ready to store. */
type TRegionFile = {
  kind: TRegionReportKind;
  format: 'xlsx' | 'pdf';
  fileName: string;
  contentType: string;
  body: Buffer;
};

/** An accepted agency's sheets as its own files show them, for each kind the region compiles. */
type TAgencySheets = { shortName: string; sheets: Record<TRegionReportKind, TReportSheet | null> };

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

const kindNames: Record<TRegionReportKind, string> = {
  e81: 'rekap-evaluasi-renja-e81',
  performance: 'rekap-capaian-kinerja',
  annual: 'rekap-capaian-kinerja-tahunan',
};

/** The files of one kind: the recapitulation and the agencies' sheets, as XLSX and PDF. */
async function renderKind(
  kind: TRegionReportKind,
  compilation: TRegionCompilation,
  agencies: readonly TAgencySheets[],
  context: TRegionFileContext & GenerateRegionOptions,
): Promise<TRegionFile[]> {
  const document: RegionDocumentOptions = {
    recap: regionRecapSheet(compilation, kind, context),
    agencies: agencies.flatMap(({ shortName, sheets }) => {
      const sheet = sheets[kind];
      return sheet ? [{ shortName, sheet }] : [];
    }),
    pageSize: kind === 'e81' ? 'A3' : 'A4',
  };
  const name = [kindNames[kind], context.regionId, String(context.year)]
    .concat(kind === 'annual' ? [] : [`tw${context.quarter}`])
    .concat(context.locale === 'en' ? ['en'] : [])
    .join('-');
  const file = (format: 'xlsx' | 'pdf', body: Buffer): TRegionFile => ({
    kind,
    format,
    fileName: `${name}.${format}`,
    contentType: contentTypes[format],
    body,
  });
  // One format after the other: forty agencies' sheets in both at once peak at about 620 MB, one at a time 450.
  const xlsx = await renderRegionXlsx(document, context);
  const pdf = await renderRegionPdf(document, context);
  return [file('xlsx', xlsx), file('pdf', pdf)];
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
  const kinds: TRegionReportKind[] =
    options.quarter === 4 ? ['e81', 'performance', 'annual'] : ['e81', 'performance'];
  const records: TRegionReportFileRecord[] = [];
  // One kind at a time, for the same reason.
  for (const kind of kinds) {
    const files = await renderKind(kind, compilation, agencies, context);
    records.push(...(await store(files, compilation, context)));
  }
  return records;
}

/** Puts each file under a key of its own run and records it once per set of agencies. */
async function store(
  files: TRegionFile[],
  compilation: TRegionCompilation,
  context: TRegionFileContext & GenerateRegionOptions,
): Promise<TRegionReportFileRecord[]> {
  const agencyIds = compilation.compiled.map((entry) => entry.agencyId);
  let recorded = 0;
  const records = await Promise.all(
    files.map(async (file) => {
      // The run's own key: two runs that compiled the same agencies never overwrite each other's bytes.
      const objectKey = `regions/${context.regionId}/${context.year}/tw${context.quarter}/${file.kind}/v${context.version}-${context.eventId}/${file.fileName}`;
      const { size, sha256 } = await putReportObject(objectKey, file.body, file.contentType);
      const record: TRegionReportFileRecord = {
        regionId: context.regionId,
        year: context.year,
        quarter: context.quarter,
        kind: file.kind,
        format: file.format,
        locale: context.locale,
        version: context.version,
        agencyIds,
        regionAgencies: context.regionAgencies,
        fileName: file.fileName,
        objectKey,
        contentType: file.contentType,
        size,
        sha256,
        eventId: context.eventId,
        generatedAt: context.generatedAt,
      };
      if ((await recordRegionReportFile(record)) === 'recorded') recorded++;
      return record;
    }),
  );
  putMetric('reportFilesGenerated', recorded);
  return records;
}
