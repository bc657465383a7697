import type { TReportContext } from './report-context.js';

export type TReportFormat = 'xlsx' | 'pdf' | 'docx';
export type TReportKind = 'performance' | 'budget' | 'e81' | 'agreement' | 'annual' | 'lkj';

/** One generated file, ready to store: what it is, for which unit (null: agency-wide), and its bytes. */
export type TReportFile = {
  kind: TReportKind;
  format: TReportFormat;
  unitId: string | null;
  fileName: string;
  contentType: string;
  body: Buffer;
};

export const contentTypes: Record<TReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Readable file names, as planners would save them: "tabel-capaian-kinerja-2019-tw2-sekretariat.xlsx". */
const kindNames: Record<TReportKind, string> = {
  performance: 'tabel-capaian-kinerja',
  budget: 'realisasi-anggaran',
  e81: 'evaluasi-renja-e81',
  agreement: 'perjanjian-kinerja',
  annual: 'capaian-kinerja-tahunan',
  lkj: 'lkj-draf',
};

type FileOptions = { kind: TReportKind; format: TReportFormat; unitId?: string | null; body: Buffer };

/** A report file named from its kind, the context's year and quarter, the unit and the locale. */
export function reportFile(
  { kind, format, unitId = null, body }: FileOptions,
  context: TReportContext,
): TReportFile {
  const parts = [
    kindNames[kind],
    String(context.year),
    ...(context.quarter ? [`tw${context.quarter}`] : []),
    ...(unitId ? [unitId] : []),
    ...(context.locale === 'en' ? ['en'] : []),
  ];
  return {
    kind,
    format,
    unitId,
    fileName: `${parts.join('-')}.${format}`,
    contentType: contentTypes[format],
    body,
  };
}
