import { Text } from '@react-email/components';
import { commonMessages } from '../../../shared/messages/common.js';
import { emailMessages } from '../../../shared/messages/email.js';
import type { TQuarter } from '../../../shared/model/quarter.js';
import { Action, Quote } from './blocks.js';
import { EmailLayout, type TEmailBase } from './layout.js';

export type PartVerifiedEmailProps = TEmailBase & {
  year: number;
  quarter: TQuarter;
  unitName: string;
  verifiedByName: string;
  /** The reviewer's overall comment, if any. */
  comment: string;
  partUrl: string;
};

export const partVerifiedSubject = (p: PartVerifiedEmailProps): string =>
  emailMessages[p.locale].partVerified.subject(
    p.unitName,
    commonMessages[p.locale].quarterOfYear(p.quarter, p.year),
  );

/** The verifier accepted a part: to its division head, so they know it is done. */
export function PartVerifiedEmail(p: PartVerifiedEmailProps) {
  const m = emailMessages[p.locale].partVerified;
  const quarter = commonMessages[p.locale].quarterOfYear(p.quarter, p.year);
  return (
    <EmailLayout {...p} preview={partVerifiedSubject(p)} heading={m.heading}>
      <Text>{m.intro(p.verifiedByName, p.unitName, quarter)}</Text>
      {p.comment ? (
        <>
          <Text>{m.comment}</Text>
          <Quote>{p.comment}</Quote>
        </>
      ) : null}
      <Action href={p.partUrl}>{m.action}</Action>
    </EmailLayout>
  );
}
