import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { generatedDate, type TReportContext } from './report-context.js';
import { footerLine } from './report-footer.js';
import { labelsFor } from './report-labels.js';

/** A4 landscape and its margins, in points: tables are laid out to this width. */
export const pageWidth = 841.89;
export const pageMargin = 28;
export const contentWidth = pageWidth - 2 * pageMargin;

const require = createRequire(import.meta.url);
// The Roboto fonts pdfmake ships; bundles must carry this folder along.
const fontDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

let fontsReady = false;

/** Registers the fonts once per process and closes pdfmake off from URLs and every other local file. */
function preparePdfmake() {
  if (fontsReady) return;
  // pdfmake 0.3 on Node takes font file paths (Buffers are mistaken for URLs).
  const font = (name: string) => path.join(fontDir, `Roboto-${name}.ttf`);
  pdfmake.setFonts({
    Roboto: {
      normal: font('Regular'),
      bold: font('Medium'),
      italics: font('Italic'),
      bolditalics: font('MediumItalic'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir + path.sep));
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

export type PdfOptions = { title: string; content: Content };

/**
 * A4 landscape PDF with page numbers and a footer stating the generation time (in the agency's
 * zone) and the version; dates come from the context, so the same input gives the same bytes.
 */
export async function renderPdf({ title, content }: PdfOptions, context: TReportContext): Promise<Buffer> {
  preparePdfmake();
  const l = labelsFor(context.locale);
  const at = generatedDate(context);
  const footer = footerLine(context);
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
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
    language: context.locale === 'id' ? 'id-ID' : 'en-GB',
    defaultStyle: { font: 'Roboto', fontSize: 7.5, lineHeight: 1.1 },
    content,
    footer: (page, pages) => ({
      columns: [{ text: footer }, { text: l.page(page, pages), alignment: 'right', width: 'auto' }],
      fontSize: 7,
      color: '#444444',
      margin: [pageMargin, 12, pageMargin, 0],
    }),
  };
  return pdfmake.createPdf(doc).getBuffer();
}
