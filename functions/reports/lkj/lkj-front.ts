import { AlignmentType, type FileChild, Paragraph, TextRun } from 'docx';
import type { TBudgetTable } from '../../../shared/calc/budget-table.js';
import { formatPercent, formatRupiah } from '../../../shared/calc/format.js';
import type { TPerformanceTable } from '../../../shared/calc/performance-table.js';
import { formatInstant } from '../../../shared/calendar/format-date.js';
import { lkjMessages } from '../../../shared/messages/lkj.js';
import { bandLabel } from '../../../shared/model/status-band.js';
import { portraitWidth } from '../docx/docx-pack.js';
import { docxSignatures } from '../docx/docx-parts.js';
import { bandsOf, generatedDate, type TReportContext } from '../report-context.js';
import { headSignature } from '../tables/signature-blocks.js';
import { bullet, heading, paragraph, spacer, todo } from './lkj-paragraphs.js';

/** "Kandangan, Januari 2020": where and when the LKj is signed. */
const placeAndMonth = (context: TReportContext) =>
  `${context.region.seat}, ${formatInstant(generatedDate(context), 'monthYear', context.timeZone, context.locale)}`;

/** The head's signature on the right, dated with the month of generation. */
export const headSignatureBlock = (context: TReportContext) =>
  docxSignatures([null, headSignature(context, placeAndMonth(context))], portraitWidth);

/** Cover page: report title, year, agency, region and the place and month. */
export function cover(context: TReportContext): Paragraph[] {
  const l = lkjMessages[context.locale];
  const big = (text: string, size: number, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before, after: 120 },
      children: [new TextRun({ text, bold: true, size })],
    });
  return [
    ...l.cover(context.year).map((text, i) => big(text, 40, i === 0 ? 2400 : 0)),
    big(context.agency.name.toUpperCase(), 32, 2400),
    big(context.region.name.toUpperCase(), 28),
    big(placeAndMonth(context), 24, 2400),
  ];
}

/** Kata pengantar with the head's signature. */
export function foreword(context: TReportContext): FileChild[] {
  const l = lkjMessages[context.locale];
  return [
    heading(l.foreword, 1),
    paragraph(l.forewordText(context.agency.name, context.year)),
    spacer(),
    headSignatureBlock(context),
  ];
}

/** Ikhtisar eksekutif: how many indicators fall in each band, and the year's budget absorption. */
export function executiveSummary(
  performance: TPerformanceTable,
  budget: TBudgetTable,
  context: TReportContext,
): FileChild[] {
  const l = lkjMessages[context.locale];
  const { locale } = context;
  const bands = bandsOf(context);
  const counted = bands.map((band) => ({
    band,
    count: performance.rows.filter((r) => r.band === band.id).length,
  }));
  const unmeasured = performance.rows.filter((r) => r.band === null).length;
  const { allocation, realised, absorption, remainder } = budget.total;
  return [
    heading(l.summary, 1),
    paragraph(l.summaryIndicators(performance.rows.length, context.year)),
    ...counted.map(({ band, count }) => bullet(l.bandCount(bandLabel(band, locale), count))),
    ...(unmeasured ? [bullet(l.noAchievement(unmeasured))] : []),
    paragraph(
      l.budgetSentence(
        formatRupiah(allocation, locale),
        formatRupiah(realised, locale),
        formatPercent(absorption, locale),
        formatRupiah(remainder, locale),
      ),
    ),
    todo(l.todo(l.todoAnalysis)),
  ];
}
