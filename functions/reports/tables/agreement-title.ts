import type { TAgreementVersion } from '../../../shared/model/agreement.js';
import type { TReportContext } from '../report-context.js';
import { labelsFor } from './report-labels.js';

export type AgreementDocumentOptions = {
  agreement: TAgreementVersion;
  /** When the agreement was signed (ISO); the generation time when absent. */
  signedOn?: string;
};

/** The agreement document's title lines and the parties' statement above its table. */
export function agreementTitle(agreement: TAgreementVersion, context: TReportContext) {
  const l = labelsFor(context.locale);
  return {
    title: [
      l.agreementTitle(agreement.year),
      context.agency.name.toUpperCase(),
      l.agreementVersion(agreement.version, agreement.kind === 'perubahan'),
    ],
    statement: l.agreementIntro(agreement.year),
  };
}
