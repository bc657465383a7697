import type { Content } from 'pdfmake/interfaces';
import { contentWidth, renderPdf, titleBlock } from '../pdf/pdf-render.js';
import { pdfTable } from '../pdf/pdf-table.js';
import { generatedDate, type TReportContext } from '../report-context.js';
import { agreementReportTable } from '../tables/agreement-report-table.js';
import { type AgreementDocumentOptions, agreementTitle } from '../tables/agreement-title.js';
import { agreementSignatures, blankName, type TSignature } from '../tables/signature-blocks.js';

/**
 * Signature blocks side by side: the headings in one row, then room to sign, the name underlined,
 * rank and NIP in the next, so the names stand on one line however many lines a long agency's
 * heading takes.
 */
export function pdfSignatures(signatures: readonly TSignature[]): Content {
  const headings = signatures.map(({ dateLine, heading }) => ({
    stack: [{ text: dateLine || ' ' }, ...heading.map((text) => ({ text, bold: true }))],
  }));
  const names = signatures.map(({ name, rank, nip }) => ({
    stack: [
      {
        text: name ?? blankName,
        bold: true,
        decoration: name ? ('underline' as const) : undefined,
        margin: [0, 48, 0, 0],
      },
      ...(rank ? [{ text: rank }] : []),
      ...(nip ? [{ text: nip }] : []),
    ],
  }));
  return {
    table: { widths: signatures.map(() => '*'), body: [headings, names] },
    layout: 'noBorders',
    alignment: 'center',
    fontSize: 9,
  };
}

/** The Perjanjian Kinerja document as PDF: statement, agreement table and the two signature blocks. */
export function renderAgreementPdf(
  options: AgreementDocumentOptions,
  context: TReportContext,
): Promise<Buffer> {
  const { agreement, signedOn } = options;
  const { title, statement } = agreementTitle(agreement, context);
  const [left, right] = agreementSignatures(context, signedOn ? new Date(signedOn) : generatedDate(context));
  const content: Content[] = [
    titleBlock(title),
    { text: statement, fontSize: 9, alignment: 'justify', margin: [0, 0, 0, 8] },
    ...pdfTable(agreementReportTable(agreement, context), context.locale, contentWidth),
    { stack: [pdfSignatures([left, right])], margin: [0, 18, 0, 0], unbreakable: true },
  ];
  return renderPdf({ title: title[0] ?? '', content }, context);
}
