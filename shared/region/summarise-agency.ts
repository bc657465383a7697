import { buildBudgetTable } from '../calc/budget-table.js';
import { buildPerformanceTable } from '../calc/performance-table.js';
import type { TAgencySummary, TQuarterSummary } from '../model/agency-summary.js';
import type { TAgreementVersion } from '../model/agreement.js';
import type { TAgency } from '../model/organisation.js';
import type { TAgreementRecord, TPartRecord, TQuarterRecord } from '../model/records.js';
import type { TStatusBands } from '../model/status-band.js';

export type SummariseAgencyOptions = {
  agency: TAgency;
  year: number;
  /** The agency's bands, and its settings' revision (a change of bands is a change of the summary). */
  bands: TStatusBands;
  settingsRevision: number;
  agreements: readonly TAgreementRecord[];
  /** Each quarter with the agreement version it is measured against (none before one is signed). */
  quarters: readonly { record: TQuarterRecord; agreement: TAgreementVersion | undefined }[];
  parts: readonly TPartRecord[];
  /** The moment of the outbox run that makes it. */
  now: string;
};

/**
 * The state's version: the sum of the revisions of everything the summary is made from. Every
 * write raises one revision and nothing is deleted, so a later state has a higher sum, and a
 * summary made from an older read (a replayed or overtaken event) is recognisably older.
 */
function stateVersion(
  options: Pick<SummariseAgencyOptions, 'agreements' | 'quarters' | 'parts' | 'settingsRevision'>,
): number {
  const revisions = [
    ...options.agreements,
    ...options.quarters.map((quarter) => quarter.record),
    ...options.parts,
  ].map((record) => record.revision);
  return revisions.reduce((sum, revision) => sum + revision, options.settingsRevision);
}

/** One agency's year for the region: each quarter's state, completeness, timeliness, IKU bands, risks and budget. */
export function summariseAgency(options: SummariseAgencyOptions): TAgencySummary {
  const { agency, year, now } = options;
  const quarters = [...options.quarters]
    .sort((a, b) => a.record.quarter - b.record.quarter)
    .map(({ record, agreement }) => summariseQuarter(record, agreement, options));
  const counted = new Set(quarters.flatMap((quarter) => quarter.ikuBands.map((band) => band.id)));
  return {
    regionId: agency.regionId,
    agencyId: agency.id,
    year,
    name: agency.name,
    shortName: agency.shortName,
    ...(agency.example && { example: true }),
    timeZone: agency.timeZone,
    stateVersion: stateVersion(options),
    summarisedAt: now,
    bands: options.bands
      .filter((band) => counted.has(band.id))
      .map(({ id, label, labelEn, color }) => ({ id, label, labelEn, color })),
    quarters,
  };
}

const handedIn = (part: TPartRecord) => part.state === 'submitted' || part.state === 'verified';

function summariseQuarter(
  record: TQuarterRecord,
  agreement: TAgreementVersion | undefined,
  options: SummariseAgencyOptions,
): TQuarterSummary {
  const q = record.quarter;
  const own = options.parts.filter((part) => part.content.quarter === q);
  const submitted = own.filter(handedIn);
  const base = {
    quarter: q,
    state: record.state,
    revision: record.revision,
    dueAt: record.dueAt,
    parts: own.length,
    submitted: submitted.length,
    late: submitted.filter((part) => part.late).length,
    signedOffAt: record.signedOffAt ?? null,
  };
  if (!agreement) {
    return { ...base, ikuBands: [], unscored: 0, atRisk: 0, allocation: 0, realised: 0, absorption: null };
  }
  // The region sees what the units have handed in, not their drafts.
  const contents = options.parts.filter(handedIn).map((part) => part.content);
  const performance = buildPerformanceTable({
    agreement,
    parts: contents,
    asOfQuarter: q,
    bands: options.bands,
  });
  const iku = performance.rows.filter((row) => row.level === 'objective');
  const bandOf = (row: (typeof iku)[number]) => row.toDateBands[q - 1] ?? null;
  const ikuBands = options.bands
    .map((band) => ({ id: band.id, count: iku.filter((row) => bandOf(row) === band.id).length }))
    .filter((band) => band.count > 0);
  const budget = buildBudgetTable({ agreement, parts: contents, asOfQuarter: q }).total;
  return {
    ...base,
    ikuBands,
    unscored: iku.filter((row) => bandOf(row) === null).length,
    atRisk: performance.rows.filter((row) => row.atRisk !== null).length,
    allocation: budget.allocation,
    realised: budget.realised,
    absorption: budget.absorption,
  };
}
