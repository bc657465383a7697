import type { Content } from 'pdfmake/interfaces';
import { contentWidth, renderPdf, titleBlock } from '../pdf/pdf-render.js';
import { pdfTable } from '../pdf/pdf-table.js';
import { generatedDate, type TReportContext } from '../report-context.js';
import { agreementReportTable } from '../tables/agreement-report-table.js';
import { type AgreementDocumentOptions, agreementTitle } from '../tables/agreement-title.js';
import { agreementSignatures, blankName, type TSignature } from '../tables/signature-blocks.js';

/** A signature block: heading, room to sign, the name underlined, rank and NIP. */
export function pdfSignature({ dateLine, heading, name, rank, nip }: TSignature): Content {
  return {
    stack: [
      { text: dateLine || ' ' },
      ...heading.map((text) => ({ text, bold: true })),
      {
        text: name ?? blankName,
        bold: true,
        decoration: name ? ('underline' as const) : undefined,
        margin: [0, 48, 0, 0],
      },
      ...(rank ? [{ text: rank }] : []),
      ...(nip ? [{ text: nip }] : []),
    ],
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
    {
      columns: [pdfSignature(left), pdfSignature(right)],
      margin: [0, 18, 0, 0],
      unbreakable: true,
    },
  ];
  return renderPdf({ title: title[0] ?? '', content }, context);
}
