import { Text } from '@react-email/components';
import { emailMessages } from '../../../shared/messages/email.js';
import { Action, Comment } from './blocks.js';
import { EmailLayout, quarterName, type TPartEmailBase } from './layout.js';

export type PartVerifiedEmailProps = TPartEmailBase & {
  verifiedByName: string;
  /** The reviewer's overall comment, if any. */
  comment: string;
  partUrl: string;
};

export const partVerifiedSubject = (p: PartVerifiedEmailProps): string =>
  emailMessages[p.locale].partVerified.subject(p.unitName, quarterName(p));

/** The verifier accepted a part: to its division head, so they know it is done. */
export function PartVerifiedEmail(p: PartVerifiedEmailProps) {
  const m = emailMessages[p.locale].partVerified;
  const quarter = quarterName(p);
  return (
    <EmailLayout {...p} preview={partVerifiedSubject(p)} heading={m.heading}>
      <Text>{m.intro(p.verifiedByName, p.unitName, quarter)}</Text>
      <Comment label={m.comment} text={p.comment} />
      <Action href={p.partUrl}>{m.action}</Action>
    </EmailLayout>
  );
}
