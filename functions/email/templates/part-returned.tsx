import { Text } from '@react-email/components';
import { commonMessages } from '../../../shared/messages/common.js';
import type { TTimeZone } from '../../../shared/model/organisation.js';
import type { TQuarter } from '../../../shared/model/quarter.js';
import { formatDateTime } from '../format.js';
import { Action, Bullets, Facts, Quote } from './blocks.js';
import { EmailLayout, type TEmailBase } from './layout.js';

export type PartReturnedEmailProps = TEmailBase & {
  year: number;
  quarter: TQuarter;
  unitName: string;
  returnedByName: string;
  /** The overall comment; may be empty when only indicators are commented. */
  comment: string;
  indicatorComments: { indicatorName: string; comment: string }[];
  /** Shown while the due date is still ahead. */
  dueAt?: string;
  timeZone: TTimeZone;
  formUrl: string;
};

const text = {
  id: {
    subject: (unit: string, quarter: string) => `Dikembalikan untuk perbaikan: ${unit}, ${quarter}`,
    heading: 'Bagian laporan dikembalikan',
    intro: (who: string, unit: string, quarter: string) =>
      `${who} mengembalikan bagian laporan ${unit} untuk ${quarter} dengan catatan berikut. Mohon diperbaiki lalu dikirim kembali.`,
    comment: 'Catatan umum:',
    perIndicator: 'Catatan per indikator:',
    due: 'Batas waktu',
    action: 'Perbaiki bagian laporan',
  },
  en: {
    subject: (unit: string, quarter: string) => `Returned for correction: ${unit}, ${quarter}`,
    heading: 'Report part returned',
    intro: (who: string, unit: string, quarter: string) =>
      `${who} has returned the ${unit} part of the ${quarter} report with the comments below. Please correct it and submit it again.`,
    comment: 'Overall comment:',
    perIndicator: 'Comments per indicator:',
    due: 'Due',
    action: 'Correct the report part',
  },
};

export const partReturnedSubject = (p: PartReturnedEmailProps): string =>
  text[p.locale].subject(p.unitName, commonMessages[p.locale].quarterOfYear(p.quarter, p.year));

/** A verifier (or the head) returned a part: to its division head, with the comments. */
export function PartReturnedEmail(p: PartReturnedEmailProps) {
  const t = text[p.locale];
  const quarter = commonMessages[p.locale].quarterOfYear(p.quarter, p.year);
  return (
    <EmailLayout {...p} preview={partReturnedSubject(p)} heading={t.heading}>
      <Text>{t.intro(p.returnedByName, p.unitName, quarter)}</Text>
      {p.comment ? (
        <>
          <Text>{t.comment}</Text>
          <Quote>{p.comment}</Quote>
        </>
      ) : null}
      {p.indicatorComments.length > 0 ? (
        <>
          <Text>{t.perIndicator}</Text>
          <Bullets items={p.indicatorComments.map((c) => `${c.indicatorName}: ${c.comment}`)} />
        </>
      ) : null}
      {p.dueAt ? <Facts rows={[[t.due, formatDateTime(p.dueAt, p.timeZone, p.locale)]]} /> : null}
      <Action href={p.formUrl}>{t.action}</Action>
    </EmailLayout>
  );
}
