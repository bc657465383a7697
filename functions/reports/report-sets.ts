import type { TBudgetTable } from '../../shared/calc/budget-table.js';
import type { TE81Table } from '../../shared/calc/e81-table.js';
import type { TPerformanceTable } from '../../shared/calc/performance-table.js';
import { renderAgreementDocx } from './documents/agreement-docx.js';
import { renderAgreementPdf } from './documents/agreement-pdf.js';
import { renderAnnualPdf, renderAnnualXlsx } from './documents/annual-report.js';
import { renderBudgetPdf, renderBudgetXlsx } from './documents/budget-report.js';
import { renderE81Pdf, renderE81Xlsx } from './documents/e81-report.js';
import { renderPerformancePdf, renderPerformanceXlsx } from './documents/performance-report.js';
import type { LkjDraftOptions } from './lkj/lkj-chapters.js';
import { renderLkjDocx } from './lkj/lkj-docx.js';
import type { TReportContext } from './report-context.js';
import { reportFile, type TReportFile } from './report-files.js';
import type { AgreementDocumentOptions } from './tables/agreement-title.js';

export type QuarterReportSetOptions = {
  /** Agency-wide performance table as of the quarter. */
  performance: TPerformanceTable;
  /** One performance table per unit, as of the quarter. */
  unitPerformance: readonly TPerformanceTable[];
  /** Agency-wide budget table as of the quarter. */
  budget: TBudgetTable;
  /** The evaluation of the Renja (Permendagri 86/2017's Tabel E.81), agency-wide. */
  e81: TE81Table;
};

/** Every file of a signed-off quarter: performance tables (agency and units), the budget table and Tabel E.81, XLSX and PDF. */
export async function renderQuarterReportSet(
  options: QuarterReportSetOptions,
  context: TReportContext,
): Promise<TReportFile[]> {
  const performanceFiles = [options.performance, ...options.unitPerformance].flatMap((table) => [
    renderPerformanceXlsx(table, context).then((body) =>
      reportFile({ kind: 'performance', format: 'xlsx', unitId: table.unitId, body }, context),
    ),
    renderPerformancePdf(table, context).then((body) =>
      reportFile({ kind: 'performance', format: 'pdf', unitId: table.unitId, body }, context),
    ),
  ]);
  return Promise.all([
    ...performanceFiles,
    renderBudgetXlsx(options.budget, context).then((body) =>
      reportFile({ kind: 'budget', format: 'xlsx', body }, context),
    ),
    renderBudgetPdf(options.budget, context).then((body) =>
      reportFile({ kind: 'budget', format: 'pdf', body }, context),
    ),
    renderE81Xlsx(options.e81, context).then((body) =>
      reportFile({ kind: 'e81', format: 'xlsx', body }, context),
    ),
    renderE81Pdf(options.e81, context).then((body) =>
      reportFile({ kind: 'e81', format: 'pdf', body }, context),
    ),
  ]);
}

/** The files of a signed agreement: the Perjanjian Kinerja as PDF and DOCX. */
export async function renderAgreementReportSet(
  options: AgreementDocumentOptions,
  context: TReportContext,
): Promise<TReportFile[]> {
  return Promise.all([
    renderAgreementPdf(options, context).then((body) =>
      reportFile({ kind: 'agreement', format: 'pdf', body }, context),
    ),
    renderAgreementDocx(options, context).then((body) =>
      reportFile({ kind: 'agreement', format: 'docx', body }, context),
    ),
  ]);
}

/** The year-end files after TW4: the LKj's annual table as XLSX and PDF, and the LKj draft as DOCX. */
export async function renderYearEndReportSet(
  options: LkjDraftOptions,
  context: TReportContext,
): Promise<TReportFile[]> {
  const annual = { table: options.performance, previous: options.previous };
  return Promise.all([
    renderAnnualXlsx(annual, context).then((body) =>
      reportFile({ kind: 'annual', format: 'xlsx', body }, context),
    ),
    renderAnnualPdf(annual, context).then((body) =>
      reportFile({ kind: 'annual', format: 'pdf', body }, context),
    ),
    renderLkjDocx(options, context).then((body) =>
      reportFile({ kind: 'lkj', format: 'docx', body }, context),
    ),
  ]);
}
