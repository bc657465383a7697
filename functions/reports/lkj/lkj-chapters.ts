import type { FileChild } from 'docx';
import type { TBudgetTable } from '../../../shared/calc/budget-table.js';
import type { TPerformanceTable } from '../../../shared/calc/performance-table.js';
import { lkjMessages } from '../../../shared/messages/lkj.js';
import type { TAgreementVersion } from '../../../shared/model/agreement.js';
import type { TProgramNarrative } from '../../../shared/model/realisation.js';
import { landscapeWidth, portraitWidth } from '../docx/docx-pack.js';
import { docxTable, docxTableFooter } from '../docx/docx-table.js';
import type { TReportContext } from '../report-context.js';
import { agreementReportTable } from '../tables/agreement-report-table.js';
import { annualReportTable, type TPreviousYear } from '../tables/annual-report-table.js';
import { budgetReportTable } from '../tables/budget-report-table.js';
import { keyIndicatorTable } from '../tables/key-indicator-table.js';
import { performanceReportTable } from '../tables/performance-report-table.js';
import type { TReportTable } from '../tables/report-table.js';
import { headSignatureBlock } from './lkj-front.js';
import { bullet, heading, paragraph, spacer, todo } from './lkj-paragraphs.js';
import { programAccounts } from './lkj-programs.js';

/** What the LKj draft is written from: the year's agreement, its TW4 tables and the units' narratives. */
export type LkjDraftOptions = {
  agreement: TAgreementVersion;
  /** Agency-wide, as of TW4. */
  performance: TPerformanceTable;
  budget: TBudgetTable;
  previous?: readonly TPreviousYear[];
  narratives: readonly TProgramNarrative[];
};

const table = (t: TReportTable, context: TReportContext, width: number): FileChild[] => [
  docxTable(t, context.locale, width),
  ...docxTableFooter(t, context.locale),
  spacer(),
];

/** Bab I: background and duties for the planner, the organisation's units, the legal basis. */
export function chapterOne(context: TReportContext): FileChild[] {
  const l = lkjMessages[context.locale];
  return [
    heading(l.chapter1, 1),
    heading(l.background),
    todo(l.todo(l.todoBackground)),
    heading(l.duties),
    todo(l.todo(l.todoDuties)),
    heading(l.organisation),
    paragraph(l.organisationText(context.agency.name)),
    ...context.units.map((unit) => bullet(unit.name)),
    heading(l.legalBasis),
    ...l.legalBasisItems.map(bullet),
  ];
}

/** Bab II A and B: the objectives and the IKU table (portrait pages). */
export function chapterTwo({ agreement }: LkjDraftOptions, context: TReportContext): FileChild[] {
  const l = lkjMessages[context.locale];
  return [
    heading(l.chapter2, 1),
    heading(l.strategicPlan),
    todo(l.todo(l.todoStrategicPlan)),
    paragraph(l.strategicPlanText),
    ...agreement.objectives.map((o) => bullet(o.name)),
    heading(l.keyIndicators),
    ...table(keyIndicatorTable(agreement, context), context, portraitWidth),
  ];
}

/** Bab II C and Bab III A's tables: the agreement and the year's achievements (landscape pages). */
export function wideTables(options: LkjDraftOptions, context: TReportContext): FileChild[] {
  const l = lkjMessages[context.locale];
  const { agreement, performance, previous = [] } = options;
  const keyRows = { ...performance, rows: performance.rows.filter((row) => row.level === 'objective') };
  return [
    heading(l.agreement),
    ...table(agreementReportTable(agreement, context), context, landscapeWidth),
    heading(l.chapter3, 1),
    heading(l.achievements),
    heading(l.keyAchievements, 3),
    ...table(annualReportTable(keyRows, previous, context), context, landscapeWidth),
    heading(l.measurement, 3),
    ...table(annualReportTable(performance, previous, context), context, landscapeWidth),
    // The seed's Tabel 2: every quarter's own achievement beside the achievement to date.
    heading(l.quarterlyAchievements, 3),
    ...table(performanceReportTable(performance, context), context, landscapeWidth),
  ];
}

/** Bab III's program accounts and budget, and Bab IV (portrait pages). */
export function closingChapters(options: LkjDraftOptions, context: TReportContext): FileChild[] {
  const l = lkjMessages[context.locale];
  const { agreement, performance, budget, narratives } = options;
  return [
    todo(l.todo(l.todoAnalysis)),
    ...programAccounts(agreement.programs, performance, narratives, context.locale),
    heading(l.budget),
    ...table(budgetReportTable(budget, context), context, portraitWidth),
    heading(l.awards),
    todo(l.todo(l.todoAwards)),
    heading(l.chapter4, 1),
    paragraph(l.closing(context.agency.name, context.year)),
    todo(l.todo(l.todoClosing)),
    spacer(),
    headSignatureBlock(context),
  ];
}
