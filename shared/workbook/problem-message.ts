import { formatNumber } from '../calc/format.js';
import type { TLocale } from '../i18n.js';
import { workbookMessages } from '../messages/workbook.js';
import type { TWorkbookProblem } from './workbook-problem.js';

/** "5 MB" in either language. */
const megabytes = (bytes: number, locale: TLocale): string =>
  `${formatNumber(bytes / 1024 / 1024, { locale })} MB`;

/** What a problem with an uploaded file says to the person, in their language. */
export function workbookProblemMessage(problem: TWorkbookProblem, locale: TLocale): string {
  const m = workbookMessages[locale].problems;
  const count = (n: number) => formatNumber(n, { locale });
  switch (problem.code) {
    case 'tooLarge':
      return m.tooLarge(megabytes(problem.maxBytes, locale));
    case 'tooManyRows':
      return m.tooManyRows(count(problem.rows), count(problem.maxRows));
    case 'tooManyColumns':
      return m.tooManyColumns(problem.sheet, count(problem.maxColumns));
    case 'mergedTooLarge':
      return m.mergedTooLarge(problem.range, count(problem.maxCells));
    case 'noVisibleData':
      return m.noVisibleData(problem.hiddenSheets.join(', '));
    case 'formulaText':
      return m.formulaText(problem.sheet, problem.cell, problem.text);
    case 'formulaWithoutValue':
      return m.formulaWithoutValue(problem.sheet, problem.cell);
    default:
      return m[problem.code];
  }
}
