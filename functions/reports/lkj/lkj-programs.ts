import type { Paragraph } from 'docx';
import { formatNumber, formatPercent } from '../../../shared/calc/format.js';
import type { TPerformanceTable } from '../../../shared/calc/performance-table.js';
import type { TLocale } from '../../../shared/i18n.js';
import { lkjMessages } from '../../../shared/messages/lkj.js';
import type { TProgram } from '../../../shared/model/agreement.js';
import type { TProgramNarrative, TQuarterPartContent } from '../../../shared/model/realisation.js';
import { heading, narrativeParagraphs, paragraph, todo } from './lkj-paragraphs.js';

/** Each program's narrative from the latest quarter that has one: the year's story at TW4. */
export function latestNarratives(parts: readonly TQuarterPartContent[]): TProgramNarrative[] {
  const latest = new Map<string, { quarter: number; narrative: TProgramNarrative }>();
  for (const part of parts) {
    for (const narrative of part.narratives) {
      const found = latest.get(narrative.programCode);
      if (!found || found.quarter < part.quarter)
        latest.set(narrative.programCode, { quarter: part.quarter, narrative });
    }
  }
  return [...latest.values()].map(({ narrative }) => narrative);
}

const figure = (x: number | null, unit: string, locale: TLocale) =>
  unit.toLowerCase().startsWith('persen')
    ? formatPercent(x, locale)
    : `${formatNumber(x, { locale })} ${unit}`;

/** The program's outcome indicators in a sentence each: target, realisation and achievement. */
function outcomeSentences(
  program: TProgram,
  table: TPerformanceTable,
  l: (typeof lkjMessages)['id'],
  locale: TLocale,
): Paragraph[] {
  return table.rows
    .filter((row) => row.level === 'program' && row.code === program.code)
    .map((row) =>
      paragraph(
        l.programSentence(
          row.indicatorName,
          figure(row.target, row.unit, locale),
          figure(row.yearRealisation, row.unit, locale),
          formatPercent(row.yearAchievement, locale),
        ),
      ),
    );
}

/** Bab III's account of each program: its outcome figures, then what its unit wrote for the year. */
export function programAccounts(
  programs: readonly TProgram[],
  table: TPerformanceTable,
  narratives: readonly TProgramNarrative[],
  locale: TLocale,
): Paragraph[] {
  const l = lkjMessages[locale];
  return programs.flatMap((program) => {
    const narrative = narratives.find((n) => n.programCode === program.code);
    const parts: [string, string][] = narrative
      ? [
          [l.activitiesCarriedOut, narrative.activitiesCarriedOut],
          [l.supportingFactors, narrative.supportingFactors],
          [l.obstacles, narrative.obstacles],
          [l.actionsTaken, narrative.actionsTaken],
        ]
      : [];
    return [
      heading(`${program.code}. ${program.name}`, 3),
      ...outcomeSentences(program, table, l, locale),
      ...(narrative ? [] : [todo(l.noNarrative)]),
      ...parts
        .filter(([, text]) => text.trim())
        .flatMap(([title, text]) => [paragraph(title), ...narrativeParagraphs(text)]),
    ];
  });
}
