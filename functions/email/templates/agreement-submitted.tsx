import { Text } from '@react-email/components';
import { commonMessages } from '../../../shared/messages/common.js';
import { emailMessages } from '../../../shared/messages/email.js';
import { Action } from './blocks.js';
import { EmailLayout, type TEmailBase } from './layout.js';

export type AgreementSubmittedEmailProps = TEmailBase & {
  year: number;
  /** 1 is the PK Murni; later versions are PK Perubahan. */
  version: number;
  submittedByName: string;
  agreementUrl: string;
};

export const agreementSubmittedSubject = (p: AgreementSubmittedEmailProps): string =>
  emailMessages[p.locale].agreementSubmitted.subject(commonMessages[p.locale].agreement(p.year, p.version));

/** The planner submitted the year's agreement: to the head, who signs it. */
export function AgreementSubmittedEmail(p: AgreementSubmittedEmailProps) {
  const m = emailMessages[p.locale].agreementSubmitted;
  const pk = commonMessages[p.locale].agreement(p.year, p.version);
  return (
    <EmailLayout {...p} preview={agreementSubmittedSubject(p)} heading={m.heading(pk)}>
      <Text>{m.intro(p.submittedByName, pk)}</Text>
      <Action href={p.agreementUrl}>{m.action}</Action>
    </EmailLayout>
  );
}
