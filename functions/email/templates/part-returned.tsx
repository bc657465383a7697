import { Text } from '@react-email/components';
import { emailMessages } from '../../../shared/messages/email.js';
import type { TTimeZone } from '../../../shared/model/organisation.js';
import { formatDateTime } from '../format.js';
import { Action, Bullets, Comment, Facts } from './blocks.js';
import { EmailLayout, quarterName, type TPartEmailBase } from './layout.js';

export type PartReturnedEmailProps = TPartEmailBase & {
  returnedByName: string;
  /** The overall comment; may be empty when only indicators are commented. */
  comment: string;
  indicatorComments: { indicatorName: string; comment: string }[];
  /** Shown while the due date is still ahead. */
  dueAt?: string;
  timeZone: TTimeZone;
  formUrl: string;
};

export const partReturnedSubject = (p: PartReturnedEmailProps): string =>
  emailMessages[p.locale].partReturned.subject(p.unitName, quarterName(p));

/** A verifier (or the head) returned a part: to its division head, with the comments. */
export function PartReturnedEmail(p: PartReturnedEmailProps) {
  const m = emailMessages[p.locale].partReturned;
  const quarter = quarterName(p);
  return (
    <EmailLayout {...p} preview={partReturnedSubject(p)} heading={m.heading}>
      <Text>{m.intro(p.returnedByName, p.unitName, quarter)}</Text>
      <Comment label={m.comment} text={p.comment} />
      {p.indicatorComments.length > 0 ? (
        <>
          <Text>{m.perIndicator}</Text>
          <Bullets items={p.indicatorComments.map((c) => `${c.indicatorName}: ${c.comment}`)} />
        </>
      ) : null}
      {p.dueAt ? <Facts rows={[[m.due, formatDateTime(p.dueAt, p.timeZone, p.locale)]]} /> : null}
      <Action href={p.formUrl}>{m.action}</Action>
    </EmailLayout>
  );
}
