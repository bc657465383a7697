import { reportMessages } from '../../../shared/messages/reports.js';
import { generatedDate, type TReportContext } from '../report-context.js';
import { formatGeneratedAt } from './report-time.js';

/** The footer line: when the file was generated (in the agency's zone) and its version. */
export function footerLine(context: TReportContext): string {
  const l = reportMessages[context.locale];
  const at = formatGeneratedAt(generatedDate(context), context.timeZone, context.locale);
  return `${context.agency.name} · ${l.generated(at)} · ${l.version(context.version)}`;
}
