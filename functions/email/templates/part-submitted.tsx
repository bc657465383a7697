import { Text } from '@react-email/components';
import { emailMessages } from '../../../shared/messages/email.js';
import type { TTimeZone } from '../../../shared/model/organisation.js';
import { formatDateTime } from '../format.js';
import { Action, Facts } from './blocks.js';
import { EmailLayout, quarterName, type TPartEmailBase } from './layout.js';

export type PartSubmittedEmailProps = TPartEmailBase & {
  submittedByName: string;
  submittedAt: string;
  timeZone: TTimeZone;
  /** Submitted after the due date: the verifier sees it at once. */
  late: boolean;
  reviewUrl: string;
};

export const partSubmittedSubject = (p: PartSubmittedEmailProps): string =>
  emailMessages[p.locale].partSubmitted.subject(p.unitName, quarterName(p));

/** A division head submitted their part: to the verifiers. */
export function PartSubmittedEmail(p: PartSubmittedEmailProps) {
  const m = emailMessages[p.locale].partSubmitted;
  const quarter = quarterName(p);
  return (
    <EmailLayout {...p} preview={partSubmittedSubject(p)} heading={m.heading}>
      <Text>{m.intro(p.submittedByName, p.unitName, quarter)}</Text>
      <Facts rows={[[m.submittedAt, formatDateTime(p.submittedAt, p.timeZone, p.locale)]]} />
      {p.late ? <Text>{m.late}</Text> : null}
      <Action href={p.reviewUrl}>{m.action}</Action>
    </EmailLayout>
  );
}
