import type { TQuarter } from '../../shared/model/quarter.js';
import type { TRegionReportKind } from '../../shared/model/region-report-file.js';
import type { TRegionCompilation } from '../../shared/region/region-compilation.js';
import {
  type RegionDocumentOptions,
  renderRegionPdf,
  renderRegionXlsx,
} from '../reports/documents/region-report.js';
import { contentTypes } from '../reports/report-files.js';
import { regionRecapSheet, type TRegionFileContext } from '../reports/tables/region-recap-table.js';
import type { TReportSheet } from '../reports/tables/report-table.js';

/** One compiled file, ready to store. */
export type TRegionFile = {
  kind: TRegionReportKind;
  format: 'xlsx' | 'pdf';
  fileName: string;
  contentType: string;
  body: Buffer;
};

/** An accepted agency's sheets as its own files show them, for each kind the region compiles. */
export type TAgencySheets = { shortName: string; sheets: Record<TRegionReportKind, TReportSheet | null> };

export type TRegionFileSetContext = TRegionFileContext & {
  regionId: string;
  year: number;
  quarter: TQuarter;
};

const kindNames: Record<TRegionReportKind, string> = {
  e81: 'rekap-evaluasi-renja-e81',
  performance: 'rekap-capaian-kinerja',
  annual: 'rekap-capaian-kinerja-tahunan',
};

/**
 * The region's files of a quarter, one at a time (each kind as XLSX, then as PDF; after TW4 the
 * year's too): the recapitulation and the accepted agencies' sheets. Made one after another so
 * that only one file's layout is alive at once; the caller stores each before the next is made.
 */
export async function* regionFileSet(
  compilation: TRegionCompilation,
  agencies: readonly TAgencySheets[],
  context: TRegionFileSetContext,
): AsyncGenerator<TRegionFile> {
  const kinds: TRegionReportKind[] =
    context.quarter === 4 ? ['e81', 'performance', 'annual'] : ['e81', 'performance'];
  for (const kind of kinds) {
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
    yield file('xlsx', await renderRegionXlsx(document, context));
    yield file('pdf', await renderRegionPdf(document, context));
  }
}
