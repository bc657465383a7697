import { Text } from '@react-email/components';
import { commonMessages } from '../../../shared/messages/common.js';
import { emailMessages } from '../../../shared/messages/email.js';
import type { TTimeZone } from '../../../shared/model/organisation.js';
import type { TQuarter } from '../../../shared/model/quarter.js';
import { formatDateTime } from '../format.js';
import { Action, Quote } from './blocks.js';
import { EmailLayout, type TEmailBase } from './layout.js';

export type QuarterReviewedEmailProps = TEmailBase & {
  year: number;
  quarter: TQuarter;
  /** The Bappeda's step above the head's sign-off. */
  decision: 'accepted' | 'sentBack';
  byName: string;
  at: string;
  timeZone: TTimeZone;
  /** Why it was sent back (empty when accepted). */
  reason: string;
  quarterUrl: string;
};

const messagesOf = (p: QuarterReviewedEmailProps) =>
  p.decision === 'accepted'
    ? emailMessages[p.locale].quarterAccepted
    : emailMessages[p.locale].quarterSentBack;

export const quarterReviewedSubject = (p: QuarterReviewedEmailProps): string =>
  messagesOf(p).subject(commonMessages[p.locale].quarterOfYear(p.quarter, p.year));

/** The region's Bappeda accepted a signed-off quarter or sent it back with a reason: to the head and the planners. */
export function QuarterReviewedEmail(p: QuarterReviewedEmailProps) {
  const m = messagesOf(p);
  const sentBack = emailMessages[p.locale].quarterSentBack;
  return (
    <EmailLayout
      {...p}
      preview={quarterReviewedSubject(p)}
      heading={m.heading(commonMessages[p.locale].quarterOfYear(p.quarter, p.year))}
    >
      <Text>{m.intro(p.byName, formatDateTime(p.at, p.timeZone, p.locale))}</Text>
      {p.decision === 'sentBack' && (
        <>
          <Quote>{p.reason}</Quote>
          <Text>{sentBack.next}</Text>
        </>
      )}
      <Action href={p.quarterUrl}>{m.action}</Action>
    </EmailLayout>
  );
}
