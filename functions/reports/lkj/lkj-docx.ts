import { lkjMessages } from '../../../shared/messages/lkj.js';
import { renderDocx } from '../docx/docx-pack.js';
import { docxSection } from '../docx/docx-parts.js';
import type { TReportContext } from '../report-context.js';
import { chapterOne, chapterTwo, closingChapters, type LkjDraftOptions, wideTables } from './lkj-chapters.js';
import { cover, executiveSummary, foreword } from './lkj-front.js';

/**
 * A DOCX draft of the whole LKj (chapters I–IV) for the planner to finish in Word: the agency's
 * data, every table and the units' narratives filled in; what only people can write is marked.
 * Wide tables sit on landscape pages between portrait ones.
 */
export function renderLkjDocx(options: LkjDraftOptions, context: TReportContext): Promise<Buffer> {
  const title = `${lkjMessages[context.locale].cover(context.year).join(' ')} ${context.agency.name}`;
  return renderDocx(
    title,
    [
      docxSection(
        [
          ...cover(context),
          ...foreword(context),
          ...executiveSummary(options.performance, options.budget, context),
          ...chapterOne(context),
          ...chapterTwo(options, context),
        ],
        context,
      ),
      docxSection(wideTables(options, context), context, 'landscape'),
      docxSection(closingChapters(options, context), context),
    ],
    context,
  );
}
