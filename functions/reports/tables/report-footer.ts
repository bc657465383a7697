import { reportSourceMessages } from '../../../shared/messages/report-source.js';
import { reportMessages } from '../../../shared/messages/reports.js';
import { generatedDate, type TFileContext } from '../report-context.js';
import { formatGeneratedAt } from './report-time.js';

/**
 * The footer line: who issued the file, the sign-off or signature it was made from, when it was
 * generated (in their zone) and its version.
 */
export function footerLine(context: TFileContext): string {
  const l = reportMessages[context.locale];
  const when = (at: Date) => formatGeneratedAt(at, context.timeZone, context.locale);
  const source = context.madeFrom;
  return [
    context.agency.name,
    ...(source ? [reportSourceMessages[context.locale].madeFrom(source, when(new Date(source.at)))] : []),
    l.generated(when(generatedDate(context))),
    l.version(context.version),
  ].join(' · ');
}
