import { Text } from '@react-email/components';
import { commonMessages } from '../../../shared/messages/common.js';
import type { TTimeZone } from '../../../shared/model/organisation.js';
import type { TQuarter } from '../../../shared/model/quarter.js';
import { formatDateTime } from '../format.js';
import { Action, Facts } from './blocks.js';
import { EmailLayout, type TEmailBase } from './layout.js';

export type PartSubmittedEmailProps = TEmailBase & {
  year: number;
  quarter: TQuarter;
  unitName: string;
  submittedByName: string;
  submittedAt: string;
  timeZone: TTimeZone;
  /** Submitted after the due date: the verifier sees it at once. */
  late: boolean;
  reviewUrl: string;
};

const text = {
  id: {
    subject: (unit: string, quarter: string) => `Siap diverifikasi: ${unit}, ${quarter}`,
    heading: 'Bagian laporan menunggu verifikasi',
    intro: (who: string, unit: string, quarter: string) =>
      `${who} telah mengirim bagian laporan ${unit} untuk ${quarter}. Mohon diperiksa, lalu diverifikasi atau dikembalikan dengan catatan.`,
    submittedAt: 'Dikirim',
    late: 'Dikirim setelah batas waktu.',
    action: 'Periksa bagian laporan',
  },
  en: {
    subject: (unit: string, quarter: string) => `Ready for verification: ${unit}, ${quarter}`,
    heading: 'A report part awaits verification',
    intro: (who: string, unit: string, quarter: string) =>
      `${who} has submitted the ${unit} part of the ${quarter} report. Please check it, then verify it or return it with comments.`,
    submittedAt: 'Submitted',
    late: 'Submitted after the due date.',
    action: 'Review the report part',
  },
};

export const partSubmittedSubject = (p: PartSubmittedEmailProps): string =>
  text[p.locale].subject(p.unitName, commonMessages[p.locale].quarterOfYear(p.quarter, p.year));

/** A division head submitted their part: to the verifiers. */
export function PartSubmittedEmail(p: PartSubmittedEmailProps) {
  const t = text[p.locale];
  const quarter = commonMessages[p.locale].quarterOfYear(p.quarter, p.year);
  return (
    <EmailLayout {...p} preview={partSubmittedSubject(p)} heading={t.heading}>
      <Text>{t.intro(p.submittedByName, p.unitName, quarter)}</Text>
      <Facts rows={[[t.submittedAt, formatDateTime(p.submittedAt, p.timeZone, p.locale)]]} />
      {p.late ? <Text>{t.late}</Text> : null}
      <Action href={p.reviewUrl}>{t.action}</Action>
    </EmailLayout>
  );
}
