import { Text } from '@react-email/components';
import { commonMessages } from '../../../shared/messages/common.js';
import type { TTimeZone } from '../../../shared/model/organisation.js';
import type { TQuarter } from '../../../shared/model/quarter.js';
import { formatDateTime } from '../format.js';
import { Action, Bullets, Facts } from './blocks.js';
import { EmailLayout, type TEmailBase } from './layout.js';

export type OverdueEmailProps = TEmailBase & {
  year: number;
  quarter: TQuarter;
  unitName: string;
  dueAt: string;
  timeZone: TTimeZone;
  /** Local calendar days since the due date: 1 on the day after. */
  daysOverdue: number;
  /** The division head is told; the head of agency receives the copy (escalation). */
  audience: 'division_head' | 'head';
  divisionHeadNames: string[];
  /** The heads in copy; empty when the agency has none on record. */
  headNames: string[];
  emptyIndicators: string[];
  formUrl: string;
};

const text = {
  id: {
    subject: (unit: string, quarter: string, late: string) =>
      `Lewat batas waktu: ${unit}, ${quarter} (${late})`,
    heading: (quarter: string) => `Laporan kinerja ${quarter} lewat batas waktu`,
    intro: (unit: string, quarter: string, due: string) =>
      `Bagian laporan ${unit} untuk ${quarter} belum dikirim, padahal batas waktunya ${due}.`,
    copied: (heads: string) => `Salinan pemberitahuan ini dikirim kepada Kepala Dinas, ${heads}.`,
    escalated: (who: string) =>
      `Anda menerima salinan ini sebagai Kepala Dinas. Kepala unit yang bertanggung jawab: ${who}.`,
    nobody: 'belum ada kepala unit yang terdaftar',
    late: 'Keterlambatan',
    empty: 'Indikator yang belum diisi:',
    action: 'Buka formulir laporan',
  },
  en: {
    subject: (unit: string, quarter: string, late: string) => `Overdue: ${unit}, ${quarter} (${late})`,
    heading: (quarter: string) => `Performance report ${quarter} is overdue`,
    intro: (unit: string, quarter: string, due: string) =>
      `The ${unit} part of the ${quarter} report has not been submitted; it was due ${due}.`,
    copied: (heads: string) => `A copy of this notice goes to the head of the agency, ${heads}.`,
    escalated: (who: string) =>
      `You receive this copy as the head of the agency. Responsible unit head: ${who}.`,
    nobody: 'no unit head on record',
    late: 'Overdue by',
    empty: 'Indicators still empty:',
    action: 'Open the report form',
  },
};

export const overdueSubject = (p: OverdueEmailProps): string =>
  text[p.locale].subject(
    p.unitName,
    commonMessages[p.locale].quarterOfYear(p.quarter, p.year),
    commonMessages[p.locale].daysOverdue(p.daysOverdue),
  );

/** After the due date: to the division head, and the same notice as a copy to the head. */
export function OverdueEmail(p: OverdueEmailProps) {
  const t = text[p.locale];
  const quarter = commonMessages[p.locale].quarterOfYear(p.quarter, p.year);
  const due = formatDateTime(p.dueAt, p.timeZone, p.locale);
  const escalation =
    p.audience === 'head'
      ? t.escalated(p.divisionHeadNames.join(', ') || t.nobody)
      : p.headNames.length > 0
        ? t.copied(p.headNames.join(', '))
        : undefined;
  return (
    <EmailLayout {...p} preview={overdueSubject(p)} heading={t.heading(quarter)}>
      <Text>{t.intro(p.unitName, quarter, due)}</Text>
      <Facts rows={[[t.late, commonMessages[p.locale].daysOverdue(p.daysOverdue)]]} />
      {escalation ? <Text>{escalation}</Text> : null}
      {p.emptyIndicators.length > 0 ? (
        <>
          <Text>{t.empty}</Text>
          <Bullets items={p.emptyIndicators} />
        </>
      ) : null}
      <Action href={p.formUrl}>{t.action}</Action>
    </EmailLayout>
  );
}
