import { buildPerformanceTable } from '../../shared/calc/performance-table.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import type { TReportFileRecord, TReportSource } from '../../shared/model/report-file.js';
import { unitsOfYear } from '../../shared/model/unit-history.js';
import { versionForQuarter, versionInForce } from '../agreement/agreement-in-force.js';
import { getAgencyWithUnits, getRegion } from '../db/organisation.js';
import { recordReportFile } from '../db/report-files.js';
import { readYear, type TYear } from '../db/year.js';
import { putMetric } from '../metrics.js';
import { latestNarratives } from '../reports/lkj/lkj-programs.js';
import { buildQuarterTables } from '../reports/quarter-tables.js';
import type { TReportContext } from '../reports/report-context.js';
import type { TReportFile } from '../reports/report-files.js';
import { agreementReportFiles, quarterReportFiles, yearEndReportFiles } from '../reports/report-sets.js';
import { previousYearOf, type TPreviousYear } from '../reports/tables/annual-report-table.js';
import { storeReportFile } from './store-report-file.js';

export type GenerateOptions = {
  eventId: string;
  agencyId: string;
  year: number;
  /** The quarter signed off; 0 for the agreement's documents. */
  quarter: TQuarter | 0;
  version: number;
  /** The triggering event's time: a retry embeds the same dates. */
  generatedAt: string;
  locale: 'id' | 'en';
  /** The sign-off or signature the files are made from, recorded with each. */
  madeFrom?: TReportSource;
};

/** How many earlier years the LKj's annual table sets beside this one. */
const previousYears = 2;

/** Reads the committed state once (`consistent`: every write so far) and builds the reports' shared context. */
export async function loadReportYear(options: GenerateOptions, { consistent = false } = {}) {
  const [found, stored] = await Promise.all([
    getAgencyWithUnits(options.agencyId),
    readYear(options.agencyId, options.year, { consistent }),
  ]);
  if (!found) throw new Error(`agency ${options.agencyId} not found`);
  const region = await getRegion(found.agency.regionId);
  if (!region) throw new Error(`region ${found.agency.regionId} not found`);
  // The year's units under the year's names: a later restructuring does not rewrite it.
  const units = unitsOfYear(found.units, options.year);
  const context: TReportContext = {
    agency: found.agency,
    region,
    units,
    year: options.year,
    quarter: options.quarter || null,
    version: options.version,
    generatedAt: options.generatedAt,
    locale: options.locale,
    timeZone: found.agency.timeZone,
    bands: found.settings.statusBands,
  };
  return { context, stored, units };
}

/** Generates and stores a signed-off quarter's files; after TW4 also the year's annual tables and LKj draft. */
export async function generateQuarterFiles(
  options: GenerateOptions & { quarter: TQuarter },
): Promise<TReportFileRecord[]> {
  const { context, agreement, parts, tables } = quarterTablesOf(
    await loadReportYear(options),
    options.quarter,
  );
  const made = { ...options, madeFrom: context.madeFrom };
  const quarterFiles = await store(quarterReportFiles(tables, context), made);
  if (options.quarter !== 4) return quarterFiles;
  const yearEnd = yearEndReportFiles(
    {
      agreement,
      performance: tables.performance,
      budget: tables.budget,
      previous: await previousYearTables(options.agencyId, options.year),
      narratives: latestNarratives(parts),
    },
    { ...context, quarter: null },
  );
  return [...quarterFiles, ...(await store(yearEnd, { ...made, quarter: 0 }))];
}

export type TReportYear = Awaited<ReturnType<typeof loadReportYear>>;

/**
 * A quarter's computed tables from a year read once, and the context its files are made in: the
 * agency's own files and the region's compilation take them from here, so their figures are one.
 */
export function quarterTablesOf(loaded: TReportYear, quarter: TQuarter) {
  const { stored, units } = loaded;
  // The LKj is signed by whoever signed the year's last quarter off (a Plt. under their own name).
  const signedOff = stored.quarters.find((q) => q.quarter === quarter);
  const signatory = signedOff?.signedOffAs;
  const madeFrom: TReportSource | undefined = signedOff?.signedOffAt
    ? {
        signed: 'quarter',
        // Quarters stored before sign-offs were counted read 0: theirs was the first.
        number: Math.max(1, signedOff.signOffCount),
        by: signatory ?? loaded.context.agency.head,
        at: signedOff.signedOffAt,
      }
    : undefined;
  const context: TReportContext = { ...loaded.context, signatory, madeFrom };
  const agreement = versionForQuarter(stored.agreements, quarter)?.agreement;
  if (!agreement) throw new Error(`no agreement for ${loaded.context.year} TW${quarter}`);
  const parts = stored.parts.map((part) => part.content);
  const tables = buildQuarterTables({
    agreement,
    parts,
    quarter,
    unitIds: units.map((unit) => unit.id),
    bands: context.bands,
  });
  return { context, agreement, parts, tables };
}

/**
 * Generates and stores a signed agreement's Perjanjian Kinerja (PDF and DOCX): of the version
 * just signed, or (a regeneration) of the one in force. `version` numbers the files, not the agreement.
 */
export async function generateAgreementFiles(
  options: GenerateOptions & { agreementVersion?: number },
): Promise<TReportFileRecord[]> {
  const { context, stored } = await loadReportYear(options);
  const record =
    options.agreementVersion === undefined
      ? versionInForce(stored.agreements)
      : stored.agreements.find((a) => a.version === options.agreementVersion);
  if (!record)
    throw new Error(`no agreement version ${options.agreementVersion ?? 'in force'} of ${options.year}`);
  // Both parties as they signed: the head (or the acting official) and the regent of the day.
  const madeFrom: TReportSource | undefined = record.signedAt
    ? {
        signed: 'agreement',
        number: record.version,
        by: record.signedBy ?? context.agency.head,
        at: record.signedAt,
      }
    : undefined;
  const files = agreementReportFiles(
    { agreement: record.agreement, signedOn: record.signedAt },
    { ...context, signatory: record.signedBy, regentName: record.secondPartyName, madeFrom },
  );
  return store(files, { ...options, quarter: 0, madeFrom });
}

/** The earlier years the store holds, as the annual table shows them beside this one. */
export async function previousYearTables(agencyId: string, year: number): Promise<TPreviousYear[]> {
  const years = Array.from({ length: previousYears }, (_, i) => year - previousYears + i);
  const found: TYear[] = await Promise.all(years.map((y) => readYear(agencyId, y)));
  return found.flatMap((earlier) => {
    const agreement = versionInForce(earlier.agreements)?.agreement;
    return agreement
      ? [previousYearOf(buildPerformanceTable({ agreement, parts: earlier.parts.map((p) => p.content) }))]
      : [];
  });
}

/**
 * Puts each file under its readable, versioned key and records it once. Each is stored as soon as
 * it is made, while the next renders: only the bytes wait in memory, never a document's layout.
 */
async function store(
  files: AsyncIterable<TReportFile>,
  options: GenerateOptions,
): Promise<TReportFileRecord[]> {
  const stored: Promise<{ record: TReportFileRecord; recorded: boolean }>[] = [];
  for await (const file of files) {
    const storing = storeFile(file, options);
    // Awaited below with the rest; handled now, so a failure while the next renders is no unhandled rejection.
    storing.catch(() => undefined);
    stored.push(storing);
  }
  const results = await Promise.all(stored);
  putMetric('reportFilesGenerated', results.filter((result) => result.recorded).length);
  return results.map((result) => result.record);
}

/** Puts one file and records it; `recorded` is false where a retry found it recorded already. */
function storeFile(file: TReportFile, options: GenerateOptions) {
  const { agencyId, year, quarter, locale, version, eventId, generatedAt, madeFrom } = options;
  const period = quarter ? `tw${quarter}` : 'tahunan';
  const objectKey = `${agencyId}/${year}/${period}/${file.kind}/v${version}/${file.fileName}`;
  return storeReportFile(
    file,
    { objectKey, eventId, generatedAt, year, quarter, locale, version },
    { agencyId, unitId: file.unitId, madeFrom },
    recordReportFile,
  );
}
