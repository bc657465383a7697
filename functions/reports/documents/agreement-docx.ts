import { Paragraph } from 'docx';
import { landscapeWidth, renderDocx } from '../docx/docx-pack.js';
import { docxSection, docxSignatures, docxText, docxTitle } from '../docx/docx-parts.js';
import { docxTable } from '../docx/docx-table.js';
import { generatedDate, type TReportContext } from '../report-context.js';
import { agreementReportTable } from '../tables/agreement-report-table.js';
import type { AgreementDocumentOptions } from '../tables/agreement-title.js';
import { agreementTitle } from '../tables/agreement-title.js';
import { agreementSignatures } from '../tables/signature-blocks.js';

/** The Perjanjian Kinerja document as DOCX: the same statement, table and signature blocks as the PDF. */
export function renderAgreementDocx(
  options: AgreementDocumentOptions,
  context: TReportContext,
): Promise<Buffer> {
  const { agreement, signedOn } = options;
  const { title, statement } = agreementTitle(agreement, context);
  const signatures = agreementSignatures(context, signedOn ? new Date(signedOn) : generatedDate(context));
  const children = [
    ...docxTitle(title),
    docxText(statement),
    docxTable(agreementReportTable(agreement, context), context.locale, landscapeWidth),
    new Paragraph({ text: '' }),
    docxSignatures(signatures, landscapeWidth),
  ];
  return renderDocx(title[0] ?? '', [docxSection(children, context, 'landscape')], context);
}
