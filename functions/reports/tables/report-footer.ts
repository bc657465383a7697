import { reportMessages } from '../../../shared/messages/reports.js';
import { generatedDate, type TFileContext } from '../report-context.js';
import { formatGeneratedAt } from './report-time.js';

/** The footer line: who issued the file, when it was generated (in their zone) and its version. */
export function footerLine(context: TFileContext): string {
  const l = reportMessages[context.locale];
  const at = formatGeneratedAt(generatedDate(context), context.timeZone, context.locale);
  return `${context.agency.name} · ${l.generated(at)} · ${l.version(context.version)}`;
}
