import { commonMessages } from '../../../shared/messages/common.js';
import { regionReportMessages } from '../../../shared/messages/region-reports.js';
import { reportMessages } from '../../../shared/messages/reports.js';
import type { TRegion } from '../../../shared/model/organisation.js';
import type { TRegionReportKind } from '../../../shared/model/region-report-file.js';
import { bandLabel } from '../../../shared/model/status-band.js';
import type { TRegionCompilation, TRegionLine } from '../../../shared/region/region-compilation.js';
import type { TFileContext } from '../report-context.js';
import { figureCell, type TCell, type TReportSheet } from './report-table.js';

/** A file the region compiles: its own context, the region and the quarter it is of. */
export type TRegionFileContext = TFileContext & {
  region: TRegion;
  /** How many agencies the region has (the compilation lists them all). */
  regionAgencies: number;
};

const rupiah = (value: number | null, bold = false): TCell => ({
  ...figureCell(value, { decimals: 0 }),
  bold,
});
const percent = (value: number | null, bold = false): TCell => ({
  ...figureCell(value, { decimals: 2 }),
  bold,
});

function lineCells(line: Omit<TRegionLine, 'agencyId'>, context: TRegionFileContext): TCell[] {
  const r = regionReportMessages[context.locale];
  const states = commonMessages[context.locale].quarterStates;
  const band = line.band;
  return [
    { value: line.state ? states[line.state] : r.noQuarter, align: 'center' },
    rupiah(line.allocation),
    rupiah(line.realised),
    percent(line.absorption),
    percent(line.averageAchievement),
    band ? { value: bandLabel(band, context.locale), fill: band.color, align: 'center' } : { value: null },
  ];
}

/**
 * The region's recapitulation, first in every file it compiles: each agency's quarter state, its
 * budget, absorption and mean achievement (from its own E.81), the region's totals below.
 */
export function regionRecapSheet(
  compilation: TRegionCompilation,
  kind: TRegionReportKind,
  context: TRegionFileContext,
): TReportSheet {
  const r = regionReportMessages[context.locale];
  const l = reportMessages[context.locale];
  const quarter = commonMessages[context.locale].quarterName(compilation.quarter);
  const title =
    kind === 'e81'
      ? r.e81Title(quarter, compilation.year)
      : kind === 'performance'
        ? r.performanceTitle(quarter, compilation.year)
        : r.annualTitle(compilation.year);
  const header = [
    r.agency,
    r.quarterState,
    r.allocation,
    r.realised(quarter),
    r.absorption,
    r.averageAchievement,
    r.band,
  ];
  const { total } = compilation;
  return {
    sheetName: r.recapSheet,
    title: [
      title,
      context.region.name.toUpperCase(),
      r.compiledFrom(compilation.compiled.length, context.regionAgencies),
    ],
    table: {
      widths: [4, 36, 16, 18, 18, 10, 14, 14],
      header: [[{ text: l.no }, ...header.map((text) => ({ text }))]],
      rows: [
        ...compilation.lines.map((line, i) => [
          { value: String(i + 1), align: 'center' as const },
          { value: line.name },
          ...lineCells(line, context),
        ]),
        [
          { value: r.regionTotal, bold: true, colSpan: 3 },
          null,
          null,
          rupiah(total.allocation, true),
          rupiah(total.realised, true),
          percent(total.absorption, true),
          percent(total.averageAchievement, true),
          total.band
            ? {
                value: bandLabel(total.band, context.locale),
                fill: total.band.color,
                align: 'center',
                bold: true,
              }
            : { value: null },
        ],
      ],
      notes: [r.figuresNote, r.averageNote],
    },
  };
}
