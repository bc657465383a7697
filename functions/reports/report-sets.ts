import { channel } from 'node:diagnostics_channel';
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
import { reportFile, type TReportFile, type TReportFormat, type TReportKind } from './report-files.js';
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

/**
 * Each file as soon as it is made, for whoever listens (the bench, which measures each file's
 * time inside the deployed bundle); unheard, publishing costs nothing.
 */
const reportFileMade = channel('capaian:report-file-made');

/** The file, named, once its renderer has made its bytes. */
const made = (
  context: TReportContext,
  file: { kind: TReportKind; format: TReportFormat; unitId?: string | null },
  body: Promise<Buffer>,
): Promise<TReportFile> =>
  body.then((bytes) => {
    const named = reportFile({ ...file, body: bytes }, context);
    if (reportFileMade.hasSubscribers) reportFileMade.publish(named);
    return named;
  });

// The sets render one file at a time, each handed on (to be stored) as soon as it is made:
// rendering them all at once kept every document's layout alive together (a third more peak
// memory, and more time in the garbage collector).

/** Every file of a signed-off quarter: performance tables (agency and units), the budget table and Tabel E.81, XLSX and PDF. */
export async function* quarterReportFiles(
  options: QuarterReportSetOptions,
  context: TReportContext,
): AsyncGenerator<TReportFile> {
  for (const table of [options.performance, ...options.unitPerformance]) {
    const { unitId } = table;
    yield made(
      context,
      { kind: 'performance', format: 'xlsx', unitId },
      renderPerformanceXlsx(table, context),
    );
    yield made(context, { kind: 'performance', format: 'pdf', unitId }, renderPerformancePdf(table, context));
  }
  yield made(context, { kind: 'budget', format: 'xlsx' }, renderBudgetXlsx(options.budget, context));
  yield made(context, { kind: 'budget', format: 'pdf' }, renderBudgetPdf(options.budget, context));
  yield made(context, { kind: 'e81', format: 'xlsx' }, renderE81Xlsx(options.e81, context));
  yield made(context, { kind: 'e81', format: 'pdf' }, renderE81Pdf(options.e81, context));
}

/** The files of a signed agreement: the Perjanjian Kinerja as PDF and DOCX. */
export async function* agreementReportFiles(
  options: AgreementDocumentOptions,
  context: TReportContext,
): AsyncGenerator<TReportFile> {
  yield made(context, { kind: 'agreement', format: 'pdf' }, renderAgreementPdf(options, context));
  yield made(context, { kind: 'agreement', format: 'docx' }, renderAgreementDocx(options, context));
}

/** The year-end files after TW4: the LKj's annual table as XLSX and PDF, and the LKj draft as DOCX. */
export async function* yearEndReportFiles(
  options: LkjDraftOptions,
  context: TReportContext,
): AsyncGenerator<TReportFile> {
  const annual = { table: options.performance, previous: options.previous };
  yield made(context, { kind: 'annual', format: 'xlsx' }, renderAnnualXlsx(annual, context));
  yield made(context, { kind: 'annual', format: 'pdf' }, renderAnnualPdf(annual, context));
  yield made(context, { kind: 'lkj', format: 'docx' }, renderLkjDocx(options, context));
}
