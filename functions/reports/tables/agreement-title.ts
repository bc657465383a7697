import { reportMessages } from '../../../shared/messages/reports.js';
import type { TAgreementVersion } from '../../../shared/model/agreement.js';
import type { TReportContext } from '../report-context.js';

export type AgreementDocumentOptions = {
  agreement: TAgreementVersion;
  /** When the agreement was signed (ISO); the generation time when absent. */
  signedOn?: string;
};

/** The agreement document's title lines and the parties' statement above its table. */
export function agreementTitle(agreement: TAgreementVersion, context: TReportContext) {
  const l = reportMessages[context.locale];
  return {
    title: [
      l.agreementTitle(agreement.year),
      context.agency.name.toUpperCase(),
      l.agreementVersion(agreement.version, agreement.kind === 'perubahan'),
    ],
    statement: l.agreementIntro(agreement.year),
  };
}
