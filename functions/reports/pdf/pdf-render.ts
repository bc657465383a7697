import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { intlLocale } from '../../../shared/i18n.js';
import { reportMessages } from '../../../shared/messages/reports.js';
import { generatedDate, type TFileContext, type TReportContext } from '../report-context.js';
import { footerLine } from '../tables/report-footer.js';
import type { TReportSheet } from '../tables/report-table.js';
import { fontFileAllowed, fontFor, pdfFonts } from './pdf-fonts.js';
import { pdfTable } from './pdf-table.js';
import { writeContentStreamsAsText } from './pdfkit-content-streams.js';
import { renderWithFewerOperators } from './pdfmake-renderer.js';
import { lookStylesUpWithoutAllocating } from './pdfmake-style-lookup.js';
import { readTextStylesOncePerText } from './pdfmake-text-styles.js';
import { parseStandardFontsOnce } from './standard-font-metrics.js';

/** A4 landscape and its margins, in points: tables are laid out to this width. */
const pageWidth = 841.89;
const pageMargin = 28;
export const contentWidth = pageWidth - 2 * pageMargin;
/** A3 landscape, for the widest forms (Tabel E.81's 29 columns). */
export const wideContentWidth = 1190.55 - 2 * pageMargin;

let fontsReady = false;

/**
 * Registers the fonts once per process (their metrics parsed once, not per document) and closes
 * pdfmake off from URLs and every other local file.
 */
function preparePdfmake() {
  if (fontsReady) return;
  parseStandardFontsOnce();
  lookStylesUpWithoutAllocating();
  readTextStylesOncePerText();
  writeContentStreamsAsText();
  renderWithFewerOperators();
  pdfmake.setFonts(pdfFonts());
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(fontFileAllowed);
  fontsReady = true;
}

/** Centred title lines: the first is the title, the second the agency. */
export function titleBlock(title: readonly string[]): Content {
  return title.map((text, i) => ({
    text,
    alignment: 'center' as const,
    bold: i < 2,
    fontSize: i === 0 ? 12 : i === 1 ? 10 : 9,
    margin: [0, 0, 0, i === title.length - 1 ? 10 : 2] as [number, number, number, number],
  }));
}

export type PdfOptions = { title: string; content: Content; pageSize?: 'A4' | 'A3' };

/**
 * A landscape PDF's definition (A4 unless asked) with page numbers and a footer stating the
 * generation time (in the agency's zone) and the version; dates come from the context, so the
 * same input gives the same bytes.
 * @public pdfmake-own.fixture.ts imports it by path, in a process of its own, for pdfmake's renderer.
 */
export function pdfDefinition(
  { title, content, pageSize = 'A4' }: PdfOptions,
  context: TFileContext,
): TDocumentDefinitions {
  const l = reportMessages[context.locale];
  const at = generatedDate(context);
  const footer = footerLine(context);
  // The content's texts decide the font.
  const font = fontFor([content, footer, l.page(1, 1)]);
  return {
    pageSize,
    pageOrientation: 'landscape',
    pageMargins: [pageMargin, pageMargin, pageMargin, 36],
    info: {
      title,
      author: context.agency.name,
      creator: 'Capaian',
      producer: 'Capaian',
      creationDate: at,
      modDate: at,
    },
    language: intlLocale[context.locale],
    defaultStyle: { font, fontSize: 7.5, lineHeight: 1.1 },
    content,
    footer: (page, pages) => ({
      columns: [{ text: footer }, { text: l.page(page, pages), alignment: 'right', width: 'auto' }],
      fontSize: 7,
      color: '#444444',
      margin: [pageMargin, 12, pageMargin, 0],
    }),
  };
}

/** The PDF of `pdfDefinition`. */
export async function renderPdf(options: PdfOptions, context: TFileContext): Promise<Buffer> {
  preparePdfmake();
  return pdfmake.createPdf(pdfDefinition(options, context)).getBuffer();
}

/** A report sheet's content: its title lines above its table. */
export const sheetContent = (sheet: TReportSheet, context: TReportContext): Content[] => [
  titleBlock(sheet.title),
  ...pdfTable(sheet.table, context.locale, contentWidth),
];

/** One report sheet (its title lines above its table) as an A4 landscape PDF. */
export function renderSheetPdf(sheet: TReportSheet, context: TReportContext): Promise<Buffer> {
  return renderPdf({ title: sheet.title[0] ?? '', content: sheetContent(sheet, context) }, context);
}
