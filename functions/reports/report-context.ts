import type { TTableScope } from '../../shared/calc/performance-table.js';
import type { TLocale } from '../../shared/i18n.js';
import { commonMessages } from '../../shared/messages/common.js';
import { reportMessages } from '../../shared/messages/reports.js';
import type { TSignatory } from '../../shared/model/acting.js';
import type { TAgency, TRegion, TTimeZone, TUnit } from '../../shared/model/organisation.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import type { TReportSource } from '../../shared/model/report-file.js';
import { defaultStatusBands, type TStatusBands } from '../../shared/model/status-band.js';

/** What every report file needs besides its computed table: who, when, which version, in which language. */
export type TReportContext = {
  agency: TAgency;
  region: TRegion;
  units: readonly TUnit[];
  year: number;
  /** The quarter reported on; null for the agreement and the year-end documents. */
  quarter: TQuarter | null;
  /** The file's version: reopening and re-signing a quarter makes the next one. */
  version: number;
  /**
   * When the files were generated (ISO 8601), taken from the triggering event rather than the
   * clock, so a retry embeds the same dates and produces the same bytes.
   */
  generatedAt: string;
  locale: TLocale;
  /** The agency's IANA time zone: the footer shows the generation time in it (WIB, WITA, WIT). */
  timeZone: TTimeZone;
  /** The agency's status bands; the common five when absent. */
  bands?: TStatusBands;
  /** The regent (Bupati), second party of the agreement; absent leaves a line to sign over. */
  regentName?: string;
  /**
   * Who signed as the head: the agreement's signatory, or whoever signed the quarter off (a Plt. or
   * Plh. under their own name); the agency's head when absent.
   */
  signatory?: TSignatory;
  /** The sign-off or signature the files were made from (every footer says it). */
  madeFrom?: TReportSource;
};

/**
 * What a whole file needs of its context: who issues it (an agency, or a region for the files it
 * compiles from its agencies'), when, which version, in which language and zone.
 */
export type TFileContext = Pick<
  TReportContext,
  'generatedAt' | 'locale' | 'timeZone' | 'version' | 'madeFrom'
> & {
  agency: Pick<TAgency, 'name'>;
};

/** The generation time as a Date; a context with an unreadable time is a programming error. */
export function generatedDate(context: Pick<TReportContext, 'generatedAt'>): Date {
  const date = new Date(context.generatedAt);
  if (Number.isNaN(date.getTime())) throw new Error(`generatedAt is not a date: ${context.generatedAt}`);
  return date;
}

/** The agency's status bands. */
export const bandsOf = (context: TReportContext): TStatusBands => context.bands ?? defaultStatusBands;

/** A unit's name, or its id when the context does not list it. */
export const unitName = (context: TReportContext, unitId: string): string =>
  context.units.find((unit) => unit.id === unitId)?.name ?? unitId;

/**
 * A sheet's title lines: what the table is, the agency, its unit where it is one unit's, and the
 * agreement version, after the quarter it runs to (`asOf`) where that is not the year's end.
 */
export function sheetTitle(
  title: string,
  table: TTableScope,
  context: TReportContext,
  { asOf = true } = {},
): string[] {
  const l = reportMessages[context.locale];
  const version = l.agreementVersion(table.version, table.version > 1);
  const quarter = commonMessages[context.locale].quarterName(table.asOfQuarter);
  return [
    title,
    context.agency.name.toUpperCase(),
    ...(table.unitId ? [unitName(context, table.unitId)] : []),
    asOf ? `${l.asOf(quarter)} · ${version}` : version,
  ];
}
